package bot

import (
	dg "github.com/bwmarrin/discordgo"

	"factbot/handlers"
)

// Commands are the slash commands, as data: registered in one bulk
// overwrite at start-up, so the set on Discord always equals this list.
func Commands() []*dg.ApplicationCommand {
	manageGuild := int64(dg.PermissionManageGuild)
	dmOK := true
	dmNo := false
	minOne := 1
	return []*dg.ApplicationCommand{
		{
			Name:         handlers.CmdFact,
			Description:  "Look up a topic of the article",
			DMPermission: &dmOK,
			Options: []*dg.ApplicationCommandOption{{
				Type: dg.ApplicationCommandOptionString, Name: "topic", Description: "A topic: a name, a place, a word",
				Required: true, Autocomplete: true, MinLength: &minOne, MaxLength: handlers.MaxTopicLen,
			}, articleOption()},
		},
		{
			Name:         handlers.CmdAsk,
			Description:  "Ask a question about the article",
			DMPermission: &dmOK,
			Options: []*dg.ApplicationCommandOption{{
				Type: dg.ApplicationCommandOptionString, Name: "question", Description: "Your question, in your own words",
				Required: true, MinLength: &minOne, MaxLength: handlers.MaxQuestionLen,
			}, articleOption()},
		},
		{
			Name:         handlers.CmdOnThisDay,
			Description:  "What happened on a day in the article's history",
			DMPermission: &dmOK,
			Options: []*dg.ApplicationCommandOption{{
				Type: dg.ApplicationCommandOptionString, Name: "date", Description: "today, 08-19, 2026-08-19 or 19 August (default today)",
				MaxLength: 40,
			}},
		},
		{
			Name:         handlers.CmdAbout,
			Description:  "What this bot knows and where it comes from",
			DMPermission: &dmOK,
		},
		{
			Name:                     handlers.CmdDaily,
			Description:              "Daily on-this-day posts for this server",
			DMPermission:             &dmNo, // servers only
			DefaultMemberPermissions: &manageGuild,
			Options: []*dg.ApplicationCommandOption{
				{
					Type: dg.ApplicationCommandOptionSubCommand, Name: "subscribe", Description: "Post every day in a channel",
					Options: []*dg.ApplicationCommandOption{
						{Type: dg.ApplicationCommandOptionChannel, Name: "channel", Description: "Where to post (default: here)",
							ChannelTypes: []dg.ChannelType{dg.ChannelTypeGuildText, dg.ChannelTypeGuildNews}},
						{Type: dg.ApplicationCommandOptionString, Name: "time", Description: "Local time, HH:MM (default 09:00)", MaxLength: 5},
						{Type: dg.ApplicationCommandOptionString, Name: "timezone", Description: "IANA time zone, e.g. Europe/Tirane (default UTC)",
							Autocomplete: true, MaxLength: 64},
					},
				},
				{Type: dg.ApplicationCommandOptionSubCommand, Name: "unsubscribe", Description: "Stop the daily posts"},
				{Type: dg.ApplicationCommandOptionSubCommand, Name: "status", Description: "Channel, next post, last post, problems"},
			},
		},
	}
}

// articleOption is /fact's and /ask's optional article:, which limits the
// answer to one of the articles, autocompleted with their titles.
func articleOption() *dg.ApplicationCommandOption {
	minOne := 1
	return &dg.ApplicationCommandOption{
		Type: dg.ApplicationCommandOptionString, Name: "article", Description: "Answer from this article only (default: all of them)",
		Autocomplete: true, MinLength: &minOne, MaxLength: handlers.MaxTopicLen,
	}
}
