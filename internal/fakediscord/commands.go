package fakediscord

import (
	"bytes"
	"encoding/json"
	"maps"
	"net/http"
	"slices"
	"strconv"
)

// Command is an application command as the fake stored it after a bulk
// overwrite.
type Command struct {
	ID            string
	ApplicationID string
	// GuildID is empty for global commands.
	GuildID     string
	Name        string
	Description string
	// Type is 1 (slash), 2 (user) or 3 (message).
	Type int
	// Raw is the command object as the fake returned it, options included.
	Raw json.RawMessage
}

// commandKey identifies a command within a scope ("" for global).
type commandKey struct {
	guild string
	typ   int
	name  string
}

// commandID finds the registered slash command name, guild first.
func (r *restState) commandID(guildID, name string) (id, scope string) {
	if guildID != "" {
		for _, c := range r.guild[guildID] {
			if c.Type == commandChatInput && c.Name == name {
				return c.ID, guildID
			}
		}
	}
	for _, c := range r.global {
		if c.Type == commandChatInput && c.Name == name {
			return c.ID, ""
		}
	}
	return "", ""
}

// checkApp rejects routes naming another application.
func (s *Server) checkApp(c *call) bool {
	if c.r.PathValue("app") != s.opts.ApplicationID {
		s.reject(c, http.StatusForbidden, codeNotAuthorizedForApp, "You are not authorized to perform this action on this application", nil)
		return false
	}
	return true
}

// putCommands is bulk overwrite: validate like Discord, keep IDs stable
// per name, echo the set back.
func (s *Server) putCommands(c *call) {
	if !s.checkApp(c) {
		return
	}
	guild := c.r.PathValue("guild")
	raw, _, err := c.payload()
	if err != nil {
		s.invalidJSON(c, err)
		return
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		s.invalidJSON(c, err)
		return
	}
	defs := make([]commandDef, len(items))
	objs := make([]map[string]any, len(items))
	for i, it := range items {
		if err := json.Unmarshal(it, &defs[i]); err != nil {
			s.invalidForm(c, []problem{{strconv.Itoa(i), "BASE_TYPE_INVALID", err.Error()}})
			return
		}
		if err := json.Unmarshal(it, &objs[i]); err != nil || objs[i] == nil {
			s.invalidForm(c, []problem{{strconv.Itoa(i), "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType"}})
			return
		}
	}
	if probs := checkCommands(defs); len(probs) > 0 {
		s.invalidForm(c, probs)
		return
	}

	s.mu.Lock()
	cmds := make([]Command, len(defs))
	for i, d := range defs {
		t := intOr(d.Type, commandChatInput)
		key := commandKey{guild: guild, typ: t, name: d.Name}
		id := s.rest.commandIDs[key]
		if id == "" {
			id = s.ids.next()
			s.rest.commandIDs[key] = id
		}
		o := objs[i]
		o["id"], o["application_id"], o["version"], o["type"] = id, s.opts.ApplicationID, s.ids.next(), t
		if _, ok := o["description"]; !ok {
			o["description"] = ""
		}
		if _, ok := o["default_member_permissions"]; !ok {
			o["default_member_permissions"] = nil
		}
		if guild != "" {
			o["guild_id"] = guild
		}
		cmds[i] = Command{ID: id, ApplicationID: s.opts.ApplicationID, GuildID: guild, Name: d.Name, Description: d.Description, Type: t, Raw: mustJSON(o)}
	}
	if guild == "" {
		s.rest.global = cmds
	} else if len(cmds) == 0 {
		delete(s.rest.guild, guild)
	} else {
		s.rest.guild[guild] = cmds
	}
	s.notifyLocked()
	s.mu.Unlock()
	c.json(http.StatusOK, objs)
}

func (s *Server) getCommands(c *call) {
	if !s.checkApp(c) {
		return
	}
	guild := c.r.PathValue("guild")
	s.mu.Lock()
	cmds := s.rest.global
	if guild != "" {
		cmds = s.rest.guild[guild]
	}
	out := make([]json.RawMessage, 0, len(cmds))
	for _, cmd := range cmds {
		out = append(out, cmd.Raw)
	}
	s.mu.Unlock()
	c.json(http.StatusOK, out)
}

// GlobalCommands returns the current global command set.
func (s *Server) GlobalCommands() []Command {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneCommands(s.rest.global)
}

// GuildCommands returns the current command set of guildID.
func (s *Server) GuildCommands(guildID string) []Command {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneCommands(s.rest.guild[guildID])
}

// CommandGuilds returns the guilds that currently have guild commands,
// sorted. With GlobalCommands it lets a test check a bot never leaves both
// registered, which shows every command twice in those guilds.
func (s *Server) CommandGuilds() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Sorted(maps.Keys(s.rest.guild))
}

// cloneCommands deep-copies a command list.
func cloneCommands(cs []Command) []Command {
	out := make([]Command, len(cs))
	for i, c := range cs {
		c.Raw = bytes.Clone(c.Raw)
		out[i] = c
	}
	return out
}
