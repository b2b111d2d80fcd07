package bot

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	dg "github.com/bwmarrin/discordgo"

	"factbot/handlers"
)

// Responder turns interactions into responses through the handlers. The
// gateway and the HTTP endpoint share it, so both answer alike.
type Responder struct {
	Handler *handlers.Handler
	Log     *slog.Logger
	Metrics *Metrics // optional
	Now     func() time.Time
}

func (r *Responder) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// Respond answers one interaction. It never panics: a failing handler
// gives the member a short ephemeral apology and the log the detail.
func (r *Responder) Respond(ctx context.Context, i *dg.Interaction) (resp *dg.InteractionResponse) {
	start := time.Now()
	command, outcome := "unknown", "error"
	defer func() {
		if p := recover(); p != nil {
			r.Log.Error("handler panicked", "command", command, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			resp = &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource, Data: ResponseData(ErrorReply, r.title())}
			outcome = "error"
		}
		r.Metrics.observeAnswer(command, outcome, time.Since(start))
		r.Log.Info("interaction", "command", command, "guild", i.GuildID, "outcome", outcome, "latency", time.Since(start))
	}()
	switch i.Type {
	case dg.InteractionPing:
		command, outcome = "ping", "answered"
		return &dg.InteractionResponse{Type: dg.InteractionResponsePong}
	case dg.InteractionApplicationCommandAutocomplete:
		command = "autocomplete"
		data := i.ApplicationCommandData()
		req := r.request(i, data.Name, data.Options)
		option, value := focused(data.Options)
		names := r.Handler.Complete(req, option, value)
		choices := make([]*dg.ApplicationCommandOptionChoice, 0, len(names))
		for _, n := range names {
			choices = append(choices, &dg.ApplicationCommandOptionChoice{Name: n, Value: truncate(n, 100)})
		}
		outcome = "answered"
		r.Metrics.autocomplete()
		return &dg.InteractionResponse{Type: dg.InteractionApplicationCommandAutocompleteResult, Data: &dg.InteractionResponseData{Choices: choices}}
	case dg.InteractionApplicationCommand:
		data := i.ApplicationCommandData()
		command = data.Name
		reply := r.handle(ctx, r.request(i, data.Name, data.Options), &outcome)
		return &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource, Data: ResponseData(reply, r.title())}
	case dg.InteractionMessageComponent:
		command = "button"
		id := i.MessageComponentData().CustomID
		topic, ok := strings.CutPrefix(id, suggestPrefix)
		if !ok {
			outcome = "error"
			return &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource, Data: ResponseData(ErrorReply, r.title())}
		}
		req := r.request(i, handlers.CmdFact, nil)
		req.Options = map[string]string{"topic": topic}
		reply := r.handle(ctx, req, &outcome)
		return &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource, Data: ResponseData(reply, r.title())}
	}
	outcome = "error"
	return &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource, Data: ResponseData(ErrorReply, r.title())}
}

func (r *Responder) title() string {
	if r.Handler == nil || r.Handler.Base == nil {
		return "" // the apology after a panic must not panic too
	}
	return r.Handler.Base.Article.Title
}

// handle runs a request and turns a handler error into the apology.
func (r *Responder) handle(ctx context.Context, req handlers.Request, outcome *string) handlers.Reply {
	reply, err := r.Handler.Handle(ctx, req)
	if err != nil {
		r.Log.Error("handler failed", "command", req.Command, "guild", req.GuildID, "err", err)
		*outcome = "error"
		return ErrorReply
	}
	*outcome = reply.Outcome()
	return reply
}

// request builds a handler request from an interaction: options flattened
// (a subcommand's name goes to Sub), who asked, where, with what rights.
func (r *Responder) request(i *dg.Interaction, name string, opts []*dg.ApplicationCommandInteractionDataOption) handlers.Request {
	req := handlers.Request{Command: name, Options: map[string]string{}, GuildID: i.GuildID, ChannelID: i.ChannelID, Now: r.now()}
	if i.Member != nil {
		req.CanManage = i.Member.Permissions&(dg.PermissionManageGuild|dg.PermissionAdministrator) != 0
		if i.Member.User != nil {
			req.UserID = i.Member.User.ID
		}
	} else if i.User != nil {
		req.UserID = i.User.ID
	}
	for _, o := range opts {
		if o.Type == dg.ApplicationCommandOptionSubCommand {
			req.Sub = o.Name
			for _, so := range o.Options {
				req.Options[so.Name] = optionString(so)
			}
			continue
		}
		req.Options[o.Name] = optionString(o)
	}
	return req
}

// optionString reads any option value as text. Autocomplete may deliver a
// partial value of any type, and discordgo's typed accessors panic on a
// mismatch, so this switches on the value itself.
func optionString(o *dg.ApplicationCommandInteractionDataOption) string {
	switch v := o.Value.(type) {
	case string:
		return v
	case float64:
		return fmt.Sprint(v)
	case bool:
		return fmt.Sprint(v)
	case nil:
		return ""
	}
	return fmt.Sprint(o.Value)
}

// focused returns the option being typed in an autocomplete interaction.
func focused(opts []*dg.ApplicationCommandInteractionDataOption) (name, value string) {
	for _, o := range opts {
		if o.Focused {
			return o.Name, optionString(o)
		}
		if n, v := focused(o.Options); n != "" {
			return n, v
		}
	}
	return "", ""
}
