package fakediscord

import (
	"encoding/json"
	"fmt"
	"time"
)

// Interaction types (Discord's receiving-and-responding.mdx).
const (
	interactionCommand      = 2
	interactionComponent    = 3
	interactionAutocomplete = 4
)

// Command option types the fake infers from Go values (application-commands.mdx).
const (
	optionSubCommand = 1
	optionString     = 3
	optionInteger    = 4
	optionBoolean    = 5
	optionNumber     = 10
)

// componentButton is the component type of a button.
const componentButton = 2

// User is a Discord user as the fake renders it into events.
type User struct {
	// ID is the user's snowflake. Default DefaultUserID.
	ID string
	// Username defaults to DefaultUsername for the default ID, "user" otherwise.
	Username string
	// Bot marks the user as a bot account.
	Bot bool
}

// withDefaults fills an empty user with the default human.
func (u User) withDefaults() User {
	if u.ID == "" {
		u.ID = DefaultUserID
		if u.Username == "" {
			u.Username = DefaultUsername
		}
	}
	if u.Username == "" {
		u.Username = "user"
	}
	return u
}

// object renders the user object; discriminator "0" is what Discord sends
// for accounts migrated to unique usernames.
func (u User) object() map[string]any {
	return map[string]any{
		"id": u.ID, "username": u.Username, "discriminator": "0", "global_name": nil,
		"avatar": nil, "bot": u.Bot, "public_flags": 0,
	}
}

// Invocation says who triggers an interaction, and where.
type Invocation struct {
	// GuildID is the guild the interaction happens in; empty means a DM
	// with the bot, which carries "user" instead of "member".
	GuildID string
	// ChannelID defaults to DefaultChannelID in a guild and
	// DefaultDMChannelID in a DM.
	ChannelID string
	// User is the invoking user; zero means the default human.
	User User
	// Permissions is member.permissions, a decimal string as Discord sends
	// it (discordgo fails to decode the whole interaction if it is a
	// number). Default DefaultPermissions. Ignored in DMs.
	Permissions string
	// AppPermissions is app_permissions, the bot's permissions in the
	// channel. Default DefaultPermissions.
	AppPermissions string
	// Locale is the user's locale. Default DefaultLocale.
	Locale string
	// Roles are the member's role IDs. Ignored in DMs.
	Roles []string
}

// withDefaults fills the documented defaults.
func (in Invocation) withDefaults() Invocation {
	in.User = in.User.withDefaults()
	if in.ChannelID == "" {
		in.ChannelID = DefaultChannelID
		if in.GuildID == "" {
			in.ChannelID = DefaultDMChannelID
		}
	}
	if in.Permissions == "" {
		in.Permissions = DefaultPermissions
	}
	if in.AppPermissions == "" {
		in.AppPermissions = DefaultPermissions
	}
	if in.Locale == "" {
		in.Locale = DefaultLocale
	}
	return in
}

// CommandOption is one option in a command or autocomplete interaction.
type CommandOption struct {
	// Name is the option's name.
	Name string
	// Type is the option type. Zero infers it: string 3, integer 4,
	// boolean 5, float 10, and 1 (sub-command) when Value is nil.
	Type int
	// Value is the option's value; for autocomplete, the partial input of
	// the focused option.
	Value any
	// Focused marks the option being autocompleted.
	Focused bool
	// Options are the nested options of a sub-command or group.
	Options []CommandOption
}

// Component describes the message component a user activates.
type Component struct {
	// CustomID is the component's custom_id.
	CustomID string
	// Type is the component type. Default 2 (button).
	Type int
	// Values are the selected values of a select menu.
	Values []string
	// MessageID is the message carrying the component. If the fake knows
	// it (the bot created it), its content is sent along; default a new ID.
	MessageID string
}

// UserMessage describes a MESSAGE_CREATE from someone other than the bot.
type UserMessage struct {
	// GuildID is the guild; empty means a DM with the bot.
	GuildID string
	// ChannelID defaults like Invocation.ChannelID.
	ChannelID string
	// Author is the sender; zero means the default human. Set Bot for
	// messages from other bots.
	Author User
	// Content is the message text.
	Content string
	// Mentions are the users mentioned. Mentioning the bot (see
	// Server.BotUser) makes the content visible without MESSAGE_CONTENT.
	Mentions []User
}

// Interaction identifies an interaction the fake dispatched. Pass it to
// [Server.WaitCallback] or [Server.WaitReply] to find the bot's answer.
type Interaction struct {
	ID            string
	Token         string
	ApplicationID string
	// Type is 2 (command), 3 (component) or 4 (autocomplete).
	Type      int
	GuildID   string
	ChannelID string
	// CreatedAt is when the fake dispatched it; Options.InteractionDeadline
	// counts from here.
	CreatedAt time.Time
}

// DispatchCommand sends INTERACTION_CREATE for the slash command name
// (type 2) with opts. The command ID is the registered one when the bot has
// registered name (for the guild, or globally), else a fresh ID.
func (s *Server) DispatchCommand(in Invocation, name string, opts ...CommandOption) (Interaction, error) {
	data, err := s.commandData(in.GuildID, name, opts)
	if err != nil {
		return Interaction{}, err
	}
	return s.dispatchInteraction(interactionCommand, in, data, nil)
}

// DispatchAutocomplete sends INTERACTION_CREATE for autocompleting the
// command name (type 4). Exactly one option, possibly nested, must be
// Focused.
func (s *Server) DispatchAutocomplete(in Invocation, name string, opts ...CommandOption) (Interaction, error) {
	if n := countFocused(opts); n != 1 {
		return Interaction{}, fmt.Errorf("fakediscord: autocomplete for %q needs exactly one focused option, got %d", name, n)
	}
	data, err := s.commandData(in.GuildID, name, opts)
	if err != nil {
		return Interaction{}, err
	}
	return s.dispatchInteraction(interactionAutocomplete, in, data, nil)
}

// DispatchComponent sends INTERACTION_CREATE for a message component
// (type 3), such as a button click.
func (s *Server) DispatchComponent(in Invocation, c Component) (Interaction, error) {
	if c.CustomID == "" {
		return Interaction{}, fmt.Errorf("fakediscord: component interaction needs a CustomID")
	}
	if c.Type == 0 {
		c.Type = componentButton
	}
	data := map[string]any{"custom_id": c.CustomID, "component_type": c.Type}
	if c.Type != componentButton {
		data["values"] = append([]string{}, c.Values...)
	}
	in = in.withDefaults()
	if c.MessageID == "" {
		c.MessageID = s.ids.next()
	}
	msg := map[string]any{
		"id": c.MessageID, "channel_id": in.ChannelID, "content": "", "type": 0,
		"author": s.BotUser().object(), "timestamp": discordTime(time.Now()),
	}
	s.mu.Lock()
	if m, ok := s.rest.findMessage(c.MessageID); ok {
		msg = s.renderMessage(m)
	}
	s.mu.Unlock()
	return s.dispatchInteraction(interactionComponent, in, data, msg)
}

// DispatchMessage sends MESSAGE_CREATE and returns the new message's ID.
// Like Discord, it reaches only sessions with the GUILD_MESSAGES (guild) or
// DIRECT_MESSAGES (DM) intent, and blanks content, embeds, attachments and
// components for sessions without MESSAGE_CONTENT unless the message is a
// DM or mentions the bot.
func (s *Server) DispatchMessage(m UserMessage) (string, error) {
	author := m.Author.withDefaults()
	in := Invocation{GuildID: m.GuildID, ChannelID: m.ChannelID, User: author}.withDefaults()
	id := s.ids.next()
	member := func() map[string]any {
		return map[string]any{"roles": []any{}, "joined_at": discordTime(time.Now().Add(-time.Hour)), "deaf": false, "mute": false}
	}
	mentions := make([]any, 0, len(m.Mentions))
	mentionsBot := false
	for _, u := range m.Mentions {
		u = u.withDefaults()
		obj := u.object()
		if m.GuildID != "" {
			obj["member"] = member()
		}
		mentions = append(mentions, obj)
		mentionsBot = mentionsBot || u.ID == s.opts.BotUserID
	}
	full := map[string]any{
		"id": id, "channel_id": in.ChannelID, "author": author.object(), "content": m.Content,
		"timestamp": discordTime(time.Now()), "edited_timestamp": nil, "type": 0, "tts": false,
		"mention_everyone": false, "mentions": mentions, "mention_roles": []any{},
		"attachments": []any{}, "embeds": []any{}, "components": []any{}, "pinned": false, "flags": 0,
	}
	if m.GuildID != "" {
		full["guild_id"] = m.GuildID
		full["member"] = member()
	}
	fullJSON := mustJSON(full)
	blank := make(map[string]any, len(full))
	for k, v := range full {
		blank[k] = v
	}
	blank["content"] = ""
	blankJSON := mustJSON(blank)

	s.mu.Lock()
	s.rest.learnChannel(in)
	s.mu.Unlock()

	visible := m.GuildID == "" || mentionsBot || author.ID == s.opts.BotUserID
	err := s.dispatchTo("MESSAGE_CREATE", m.GuildID, func(ss *session) (json.RawMessage, bool) {
		need := intentGuildMessages
		if m.GuildID == "" {
			need = intentDirectMessages
		}
		switch {
		case ss.intents&need == 0:
			return nil, false
		case visible || ss.intents&intentMessageContent != 0:
			return fullJSON, true
		default:
			return blankJSON, true
		}
	})
	if err != nil {
		return "", err
	}
	return id, nil
}

// commandData renders the "data" of a command or autocomplete interaction.
func (s *Server) commandData(guildID, name string, opts []CommandOption) (map[string]any, error) {
	if name == "" {
		return nil, fmt.Errorf("fakediscord: command interaction needs a name")
	}
	rendered, err := renderOptions(opts)
	if err != nil {
		return nil, fmt.Errorf("fakediscord: command %q: %w", name, err)
	}
	data := map[string]any{"name": name, "type": 1}
	if len(rendered) > 0 {
		data["options"] = rendered
	}
	s.mu.Lock()
	id, scope := s.rest.commandID(guildID, name)
	s.mu.Unlock()
	if id == "" {
		id = s.ids.next()
	}
	data["id"] = id
	if scope != "" {
		data["guild_id"] = scope
	}
	return data, nil
}

// renderOptions turns options into Discord's JSON, inferring types.
func renderOptions(opts []CommandOption) ([]any, error) {
	out := make([]any, 0, len(opts))
	for _, o := range opts {
		if o.Name == "" {
			return nil, fmt.Errorf("option without a name")
		}
		t := o.Type
		if t == 0 {
			switch v := o.Value.(type) {
			case nil:
				t = optionSubCommand
			case string:
				t = optionString
			case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
				t = optionInteger
			case bool:
				t = optionBoolean
			case float32, float64:
				t = optionNumber
			default:
				return nil, fmt.Errorf("option %q: cannot infer the type of %T; set Type", o.Name, v)
			}
		}
		obj := map[string]any{"name": o.Name, "type": t}
		if o.Value != nil {
			obj["value"] = o.Value
		}
		if o.Focused {
			obj["focused"] = true
		}
		if len(o.Options) > 0 {
			sub, err := renderOptions(o.Options)
			if err != nil {
				return nil, err
			}
			obj["options"] = sub
		}
		out = append(out, obj)
	}
	return out, nil
}

// countFocused counts focused options at any depth.
func countFocused(opts []CommandOption) int {
	n := 0
	for _, o := range opts {
		if o.Focused {
			n++
		}
		n += countFocused(o.Options)
	}
	return n
}

// dispatchInteraction registers an interaction, so the callback routes know
// its ID and token, and sends it.
func (s *Server) dispatchInteraction(kind int, in Invocation, data, message map[string]any) (Interaction, error) {
	in = in.withDefaults()
	ix := Interaction{
		ID: s.ids.next(), Token: "fake-itok-" + randomToken(), ApplicationID: s.opts.ApplicationID,
		Type: kind, GuildID: in.GuildID, ChannelID: in.ChannelID, CreatedAt: time.Now(),
	}
	d := map[string]any{
		"id": ix.ID, "application_id": ix.ApplicationID, "type": kind, "token": ix.Token, "version": 1,
		"channel_id": in.ChannelID, "app_permissions": in.AppPermissions, "locale": in.Locale,
		"data": data, "entitlements": []any{},
	}
	if in.GuildID != "" {
		roles := append([]string{}, in.Roles...)
		d["guild_id"] = in.GuildID
		d["guild_locale"] = DefaultLocale
		d["context"] = 0
		d["member"] = map[string]any{
			"user": in.User.object(), "roles": roles, "joined_at": discordTime(time.Now().Add(-time.Hour)),
			"permissions": in.Permissions, "nick": nil, "avatar": nil, "premium_since": nil,
			"deaf": false, "mute": false, "flags": 0, "pending": false,
		}
		d["channel"] = map[string]any{"id": in.ChannelID, "type": 0, "guild_id": in.GuildID, "name": "general"}
	} else {
		d["context"] = 1
		d["user"] = in.User.object()
		d["channel"] = map[string]any{"id": in.ChannelID, "type": 1, "recipients": []any{in.User.object()}}
	}
	if message != nil {
		d["message"] = message
	}
	raw := mustJSON(d)

	msgID, _ := message["id"].(string)
	s.mu.Lock()
	s.rest.addInteraction(ix, msgID)
	s.rest.learnChannel(in)
	s.mu.Unlock()
	if err := s.dispatchTo("INTERACTION_CREATE", in.GuildID, func(*session) (json.RawMessage, bool) { return raw, true }); err != nil {
		s.mu.Lock()
		s.rest.dropInteraction(ix)
		s.mu.Unlock()
		return Interaction{}, err
	}
	return ix, nil
}
