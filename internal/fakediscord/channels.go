package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"time"
)

// Message is a message the bot created: in a channel, or as an interaction
// response or follow-up.
type Message struct {
	ID        string
	ChannelID string
	// GuildID is set when the fake knows the channel's guild.
	GuildID string
	Content string
	Embeds  []Embed
	// Flags are the message flags the bot set; 64 is ephemeral.
	Flags           int
	Components      json.RawMessage
	AllowedMentions json.RawMessage
	// Nonce is the nonce the bot sent, as text.
	Nonce string
	// InteractionID is set for interaction responses and follow-ups.
	InteractionID string
	Timestamp     time.Time
	// Edited is when the message was last edited; zero if never.
	Edited time.Time
}

// clone deep-copies m.
func (m Message) clone() Message {
	m.Embeds = slices.Clone(m.Embeds)
	for i, e := range m.Embeds {
		e.Fields = slices.Clone(e.Fields)
		e.Footer = clonePtr(e.Footer)
		e.Image = clonePtr(e.Image)
		e.Thumbnail = clonePtr(e.Thumbnail)
		e.Author = clonePtr(e.Author)
		m.Embeds[i] = e
	}
	m.Components = bytes.Clone(m.Components)
	m.AllowedMentions = bytes.Clone(m.AllowedMentions)
	return m
}

// clonePtr copies the value behind p.
func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// nonceKey scopes enforce_nonce uniqueness to a channel.
type nonceKey struct{ channel, nonce string }

// nonceEntry remembers which message a nonce created, and when.
type nonceEntry struct {
	messageID string
	at        time.Time
}

// channelInfo is what the fake learnt about a channel from dispatched events.
type channelInfo struct {
	guildID string
	user    User // the recipient, for DM channels
}

// learnChannel remembers where an event happened, for GET /channels/{id}
// and for the guild_id of messages the bot sends there.
func (r *restState) learnChannel(in Invocation) {
	r.channels[in.ChannelID] = channelInfo{guildID: in.GuildID, user: in.User}
}

// findMessage looks a bot message up by ID anywhere.
func (r *restState) findMessage(id string) (Message, bool) {
	for _, ms := range r.messages {
		for _, m := range ms {
			if m.ID == id {
				return m, true
			}
		}
	}
	for _, st := range r.interactions {
		if st.original != nil && st.original.ID == id {
			return *st.original, true
		}
		for _, m := range st.followups {
			if m.ID == id {
				return m, true
			}
		}
	}
	return Message{}, false
}

// messagePayload is a message-like body: channel message, webhook,
// interaction callback data. Pointers distinguish absent from empty, which
// edits need.
type messagePayload struct {
	Content         *string         `json:"content"`
	Embeds          *[]Embed        `json:"embeds"`
	Flags           int             `json:"flags"`
	Components      json.RawMessage `json:"components"`
	AllowedMentions json.RawMessage `json:"allowed_mentions"`
	Nonce           json.RawMessage `json:"nonce"`
	EnforceNonce    bool            `json:"enforce_nonce"`
	StickerIDs      []string        `json:"sticker_ids"`
	Poll            json.RawMessage `json:"poll"`
	Choices         *[]Choice       `json:"choices"`
	CustomID        string          `json:"custom_id"`
	Title           string          `json:"title"`
}

// nonEmpty reports whether raw JSON holds a non-empty array or an object.
func nonEmpty(raw json.RawMessage) bool {
	var arr []json.RawMessage
	if json.Unmarshal(raw, &arr) == nil {
		return len(arr) > 0
	}
	var obj map[string]json.RawMessage
	return json.Unmarshal(raw, &obj) == nil && obj != nil
}

// empty reports a message with nothing to show, which Discord refuses.
func (m *Message) empty(files int) bool {
	return m.Content == "" && len(m.Embeds) == 0 && !nonEmpty(m.Components) && files == 0
}

// apply copies the fields present in p onto m.
func (m *Message) apply(p *messagePayload) {
	if p.Content != nil {
		m.Content = *p.Content
	}
	if p.Embeds != nil {
		m.Embeds = slices.Clone(*p.Embeds)
	}
	if p.Components != nil {
		m.Components = bytes.Clone(p.Components)
	}
	if p.AllowedMentions != nil {
		m.AllowedMentions = bytes.Clone(p.AllowedMentions)
	}
}

// newMessage creates a bot message in channelID from p; callers hold s.mu.
func (s *Server) newMessage(channelID string, p *messagePayload) Message {
	m := Message{ID: s.ids.next(), ChannelID: channelID, GuildID: s.rest.channels[channelID].guildID, Flags: p.Flags, Timestamp: time.Now()}
	m.apply(p)
	return m
}

// renderMessage renders m as Discord's message object.
func (s *Server) renderMessage(m Message) map[string]any {
	embeds := m.Embeds
	if embeds == nil {
		embeds = []Embed{}
	}
	components := json.RawMessage("[]")
	if nonEmpty(m.Components) {
		components = m.Components
	}
	var edited any
	if !m.Edited.IsZero() {
		edited = discordTime(m.Edited)
	}
	out := map[string]any{
		"id": m.ID, "channel_id": m.ChannelID, "content": m.Content, "author": s.BotUser().object(),
		"timestamp": discordTime(m.Timestamp), "edited_timestamp": edited, "type": 0, "tts": false,
		"mention_everyone": false, "mentions": []any{}, "mention_roles": []any{}, "attachments": []any{},
		"embeds": embeds, "components": components, "pinned": false, "flags": m.Flags,
	}
	if m.GuildID != "" {
		out["guild_id"] = m.GuildID
	}
	if m.Nonce != "" {
		out["nonce"] = m.Nonce
	}
	if m.InteractionID != "" {
		out["type"] = 20 // CHAT_INPUT_COMMAND: a reply to a slash command
		out["webhook_id"] = s.opts.ApplicationID
		out["application_id"] = s.opts.ApplicationID
	}
	return out
}

// parseMessage decodes a message-like payload, rejecting bad JSON.
func (s *Server) parseMessage(c *call) (*messagePayload, int, bool) {
	raw, files, err := c.payload()
	var p messagePayload
	if err == nil {
		err = json.Unmarshal(raw, &p)
	}
	if err != nil {
		s.invalidJSON(c, err)
		return nil, 0, false
	}
	return &p, files, true
}

// getChannel returns a minimal channel object built from what the fake
// learnt from dispatched events: a DM, a guild text channel, or (unknown) a
// guild-less text channel.
func (s *Server) getChannel(c *call) {
	cid := c.r.PathValue("cid")
	s.mu.Lock()
	info, known := s.rest.channels[cid]
	s.mu.Unlock()
	ch := map[string]any{"id": cid, "type": 0, "name": "channel-" + cid, "position": 0, "permission_overwrites": []any{}, "nsfw": false}
	switch {
	case known && info.guildID == "":
		ch = map[string]any{"id": cid, "type": 1, "recipients": []any{info.user.object()}}
	case known:
		ch["guild_id"] = info.guildID
	}
	c.json(http.StatusOK, ch)
}

// createMessage handles POST /channels/{cid}/messages, honouring
// enforce_nonce.
func (s *Server) createMessage(c *call) {
	cid := c.r.PathValue("cid")
	p, files, ok := s.parseMessage(c)
	if !ok {
		return
	}
	probs := checkContent(p.Content, p.Embeds, "")
	nonce, okNonce := normalizeNonce(p.Nonce)
	if !okNonce {
		probs = append(probs, problem{"nonce", "BASE_TYPE_INVALID", "Nonce must be a string or an integer"})
	}
	probs = tooLong(probs, "nonce", nonce, maxNonce)
	if len(probs) > 0 {
		s.invalidForm(c, probs)
		return
	}

	s.mu.Lock()
	now := time.Now()
	key := nonceKey{channel: cid, nonce: nonce}
	if e, dup := s.rest.nonces[key]; dup && p.EnforceNonce && nonce != "" && now.Sub(e.at) < s.opts.NonceWindow {
		for _, m := range s.rest.messages[cid] {
			if m.ID == e.messageID {
				s.mu.Unlock()
				c.json(http.StatusOK, s.renderMessage(m))
				return
			}
		}
	}
	m := s.newMessage(cid, p)
	m.Nonce = nonce
	if m.empty(files) && len(p.StickerIDs) == 0 && !nonEmpty(p.Poll) {
		s.mu.Unlock()
		s.emptyMessage(c)
		return
	}
	if nonce != "" {
		s.rest.nonces[key] = nonceEntry{messageID: m.ID, at: now}
	}
	s.rest.messages[cid] = append(s.rest.messages[cid], m)
	s.notifyLocked()
	s.mu.Unlock()
	c.json(http.StatusOK, s.renderMessage(m))
}

// channelMessage gets, edits or deletes a message the bot created.
func (s *Server) channelMessage(c *call) {
	cid, mid := c.r.PathValue("cid"), c.r.PathValue("mid")
	var p *messagePayload
	var files int
	var ok bool
	if c.r.Method == http.MethodPatch {
		if p, files, ok = s.parseEdit(c); !ok {
			return
		}
	}
	s.mu.Lock()
	ms := s.rest.messages[cid]
	i := slices.IndexFunc(ms, func(m Message) bool { return m.ID == mid })
	if i < 0 {
		s.mu.Unlock()
		c.apiError(http.StatusNotFound, codeUnknownMessage, "Unknown Message")
		return
	}
	switch c.r.Method {
	case http.MethodGet:
		m := ms[i].clone()
		s.mu.Unlock()
		c.json(http.StatusOK, s.renderMessage(m))
	case http.MethodDelete:
		s.rest.messages[cid] = slices.Delete(ms, i, i+1)
		s.notifyLocked()
		s.mu.Unlock()
		c.w.WriteHeader(http.StatusNoContent)
	default:
		edited := ms[i].clone()
		edited.apply(p)
		if edited.empty(files) {
			s.mu.Unlock()
			s.emptyMessage(c)
			return
		}
		edited.Edited = time.Now()
		ms[i] = edited
		s.notifyLocked()
		s.mu.Unlock()
		c.json(http.StatusOK, s.renderMessage(edited))
	}
}

// Messages returns the messages the bot created in channelID with
// POST /channels/{id}/messages, oldest first, as they stand now (edits
// applied, deletions removed). Interaction responses are not included; see
// Replies.
func (s *Server) Messages(channelID string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneMessages(s.rest.messages[channelID])
}

// WaitMessages waits until channelID holds at least n bot messages and
// returns them.
func (s *Server) WaitMessages(ctx context.Context, channelID string, n int) ([]Message, error) {
	err := s.waitFor(ctx,
		func() bool { return len(s.rest.messages[channelID]) >= n },
		func() string {
			return fmt.Sprintf("waiting for %d messages in channel %s, have %d", n, channelID, len(s.rest.messages[channelID]))
		})
	if err != nil {
		return nil, err
	}
	return s.Messages(channelID), nil
}

// cloneMessages deep-copies a message list.
func cloneMessages(ms []Message) []Message {
	out := make([]Message, len(ms))
	for i, m := range ms {
		out[i] = m.clone()
	}
	return out
}
