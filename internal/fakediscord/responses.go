package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"time"
)

// Interaction callback types (receiving-and-responding.mdx).
const (
	callbackMessage        = 4
	callbackDeferred       = 5
	callbackDeferredUpdate = 6
	callbackUpdate         = 7
	callbackAutocomplete   = 8
	callbackModal          = 9
)

// allowedCallbacks lists the callback types Discord accepts for each
// interaction type; anything else is a bot bug.
var allowedCallbacks = map[int][]int{
	interactionCommand:      {callbackMessage, callbackDeferred, callbackModal},
	interactionComponent:    {callbackMessage, callbackDeferred, callbackDeferredUpdate, callbackUpdate, callbackModal},
	interactionAutocomplete: {callbackAutocomplete},
}

// Callback is the bot's accepted initial response to an interaction.
type Callback struct {
	// Type is the callback type: 4 message, 5 deferred, 6 deferred update,
	// 7 update, 8 autocomplete result, 9 modal.
	Type int
	// Message is the response message for types 4 and 7.
	Message *Message
	// Choices are the autocomplete results for type 8.
	Choices []Choice
	// Flags is data.flags (64 = ephemeral), also meaningful for type 5.
	Flags int
	// Request is the raw callback request.
	Request Request
}

// interactionState tracks one dispatched interaction and the bot's answers.
type interactionState struct {
	ix        Interaction
	messageID string // the message a component sits on
	acked     bool
	flags     int // data.flags of the initial response: a deferred reply keeps them

	initial   *Message // the type 4/7 response as first sent
	original  *Message // the original response as it stands now
	followups []Message
	first     *Message // the first message the user could see
}

// addInteraction registers a dispatched interaction.
func (r *restState) addInteraction(ix Interaction, messageID string) {
	st := &interactionState{ix: ix, messageID: messageID}
	r.interactions[ix.ID] = st
	r.byToken[ix.Token] = st
}

// dropInteraction forgets an interaction that could not be delivered.
func (r *restState) dropInteraction(ix Interaction) {
	delete(r.interactions, ix.ID)
	delete(r.byToken, ix.Token)
}

// interactionCallback handles the initial response to an interaction.
func (s *Server) interactionCallback(c *call) {
	id, token := c.r.PathValue("id"), c.r.PathValue("token")
	raw, files, err := c.payload()
	var p struct {
		Type int             `json:"type"`
		Data *messagePayload `json:"data"`
	}
	if err == nil {
		err = json.Unmarshal(raw, &p)
	}
	if err != nil {
		s.invalidJSON(c, err)
		return
	}

	s.mu.Lock()
	st := s.rest.interactions[id]
	known := st != nil && st.ix.Token == token
	acked := known && st.acked
	var ix Interaction
	if known {
		ix = st.ix
	}
	s.mu.Unlock()
	switch {
	case !known:
		s.reject(c, http.StatusNotFound, codeUnknownInteraction, "Unknown interaction", nil)
		return
	case acked:
		s.reject(c, http.StatusBadRequest, codeAlreadyAcknowledged, "Interaction has already been acknowledged.", nil)
		return
	case s.opts.InteractionDeadline > 0 && time.Since(ix.CreatedAt) > s.opts.InteractionDeadline:
		s.reject(c, http.StatusNotFound, codeUnknownInteraction, "Unknown interaction",
			[]problem{{"", "FAKEDISCORD_LATE", fmt.Sprintf("initial response %v after dispatch; the deadline is %v", time.Since(ix.CreatedAt).Round(time.Millisecond), s.opts.InteractionDeadline)}})
		return
	}
	if !slices.Contains(allowedCallbacks[ix.Type], p.Type) {
		s.invalidForm(c, []problem{{"type", "INTERACTION_CALLBACK_TYPE_INVALID", fmt.Sprintf("Callback type %d is not valid for interaction type %d (allowed %v)", p.Type, ix.Type, allowedCallbacks[ix.Type])}})
		return
	}
	var msg *Message
	switch p.Type {
	case callbackMessage, callbackUpdate:
		if p.Data == nil {
			p.Data = &messagePayload{}
		}
		if probs := checkContent(p.Data.Content, p.Data.Embeds, "data."); len(probs) > 0 {
			s.invalidForm(c, probs)
			return
		}
		msg = &Message{InteractionID: ix.ID, ChannelID: ix.ChannelID, GuildID: ix.GuildID, Flags: p.Data.Flags, Timestamp: time.Now()}
		msg.apply(p.Data)
		if p.Type == callbackMessage && msg.empty(files) {
			s.emptyMessage(c)
			return
		}
	case callbackAutocomplete:
		if p.Data == nil || p.Data.Choices == nil {
			s.invalidForm(c, []problem{{"data.choices", "BASE_TYPE_REQUIRED", "This field is required"}})
			return
		}
		if probs := checkChoices(*p.Data.Choices, "data.choices"); len(probs) > 0 {
			s.invalidForm(c, probs)
			return
		}
	case callbackModal:
		var probs []problem
		if p.Data == nil {
			p.Data = &messagePayload{}
		}
		probs = lengthBetween(probs, "data.custom_id", p.Data.CustomID, 1, 100)
		probs = lengthBetween(probs, "data.title", p.Data.Title, 1, maxModalTitle)
		if !nonEmpty(p.Data.Components) {
			probs = append(probs, problem{"data.components", "BASE_TYPE_REQUIRED", "This field is required"})
		}
		if len(probs) > 0 {
			s.invalidForm(c, probs)
			return
		}
	}

	s.mu.Lock()
	if st.acked { // a concurrent response won the race
		s.mu.Unlock()
		s.reject(c, http.StatusBadRequest, codeAlreadyAcknowledged, "Interaction has already been acknowledged.", nil)
		return
	}
	st.acked = true
	if p.Data != nil {
		st.flags = p.Data.Flags
	}
	if msg != nil {
		if p.Type == callbackUpdate && st.messageID != "" {
			msg.ID = st.messageID
		} else {
			msg.ID = s.ids.next()
		}
		st.initial, st.original = clonePtr(msg), clonePtr(msg)
		if st.first == nil {
			st.first = clonePtr(msg)
		}
	}
	s.notifyLocked()
	s.mu.Unlock()
	c.w.WriteHeader(http.StatusNoContent)
}

// interactionFor finds the interaction behind a webhook route, answering
// 10015 Unknown Webhook like Discord for unknown tokens and for tokens used
// before the initial response.
func (s *Server) interactionFor(c *call) (*interactionState, bool) {
	app, token := c.r.PathValue("app"), c.r.PathValue("token")
	s.mu.Lock()
	st := s.rest.byToken[token]
	ok := st != nil && st.ix.ApplicationID == app
	acked := ok && st.acked
	s.mu.Unlock()
	switch {
	case !ok:
		s.reject(c, http.StatusNotFound, codeUnknownWebhook, "Unknown Webhook", nil)
		return nil, false
	case !acked:
		s.reject(c, http.StatusNotFound, codeUnknownWebhook, "Unknown Webhook",
			[]problem{{"", "FAKEDISCORD_NOT_ACKNOWLEDGED", "interaction webhook used before the initial response"}})
		return nil, false
	}
	return st, true
}

// webhookExecute creates a follow-up message.
func (s *Server) webhookExecute(c *call) {
	st, ok := s.interactionFor(c)
	if !ok {
		return
	}
	p, files, ok := s.parseMessage(c)
	if !ok {
		return
	}
	if probs := checkContent(p.Content, p.Embeds, ""); len(probs) > 0 {
		s.invalidForm(c, probs)
		return
	}
	s.mu.Lock()
	m := s.newMessage(st.ix.ChannelID, p)
	m.GuildID, m.InteractionID = st.ix.GuildID, st.ix.ID
	if m.empty(files) {
		s.mu.Unlock()
		s.emptyMessage(c)
		return
	}
	st.followups = append(st.followups, m)
	if st.first == nil {
		st.first = clonePtr(&m)
	}
	s.notifyLocked()
	s.mu.Unlock()
	// Discord now always returns the message for interaction follow-ups;
	// discordgo parses it only with wait=true, so 204 otherwise is harmless.
	if wait, _ := strconv.ParseBool(c.req.Query.Get("wait")); wait {
		c.json(http.StatusOK, s.renderMessage(m))
		return
	}
	c.w.WriteHeader(http.StatusNoContent)
}

// webhookMessage gets, edits or deletes the original response
// ("@original") or a follow-up.
func (s *Server) webhookMessage(c *call) {
	st, ok := s.interactionFor(c)
	if !ok {
		return
	}
	var p *messagePayload
	var files int
	if c.r.Method == http.MethodPatch {
		if p, files, ok = s.parseEdit(c); !ok {
			return
		}
	}
	msgID := c.r.PathValue("msg")

	s.mu.Lock()
	var target *Message
	created := false
	if msgID == "@original" {
		if st.original == nil && c.r.Method == http.MethodPatch && st.ix.Type != interactionAutocomplete {
			created = true
			// Editing a deferred response makes it visible.
			id := st.messageID
			if id == "" {
				id = s.ids.next()
			}
			st.original = &Message{ID: id, ChannelID: st.ix.ChannelID, GuildID: st.ix.GuildID, InteractionID: st.ix.ID, Flags: st.flags, Timestamp: time.Now()}
		}
		target = st.original
	} else {
		for i := range st.followups {
			if st.followups[i].ID == msgID {
				target = &st.followups[i]
			}
		}
	}
	if target == nil {
		s.mu.Unlock()
		c.apiError(http.StatusNotFound, codeUnknownMessage, "Unknown Message")
		return
	}
	switch c.r.Method {
	case http.MethodGet:
		m := target.clone()
		s.mu.Unlock()
		c.json(http.StatusOK, s.renderMessage(m))
	case http.MethodDelete:
		if msgID == "@original" {
			st.original = nil
		} else {
			st.followups = slices.DeleteFunc(st.followups, func(m Message) bool { return m.ID == msgID })
		}
		s.notifyLocked()
		s.mu.Unlock()
		c.w.WriteHeader(http.StatusNoContent)
	default:
		edited := target.clone()
		edited.apply(p)
		if edited.empty(files) {
			if created {
				st.original = nil // leave a deferred response deferred
			}
			s.mu.Unlock()
			s.emptyMessage(c)
			return
		}
		edited.Edited = time.Now()
		*target = edited
		if st.first == nil {
			st.first = clonePtr(&edited)
		}
		s.notifyLocked()
		s.mu.Unlock()
		c.json(http.StatusOK, s.renderMessage(edited))
	}
}

// WaitCallback waits for the bot's accepted initial response to ix and
// returns it. Rejected attempts (rate limited, invalid) are skipped; they
// stay visible in Requests and Violations.
func (s *Server) WaitCallback(ctx context.Context, ix Interaction) (Callback, error) {
	path := apiPrefix + "interactions/" + ix.ID + "/" + ix.Token + "/callback"
	req, err := s.WaitRequest(ctx, func(r Request) bool {
		return r.Method == http.MethodPost && r.Path == path && r.Status == http.StatusNoContent
	})
	if err != nil {
		return Callback{}, fmt.Errorf("fakediscord: waiting for the response to interaction %s: %w", ix.ID, err)
	}
	var p struct {
		Type int `json:"type"`
		Data *struct {
			Flags   int      `json:"flags"`
			Choices []Choice `json:"choices"`
		} `json:"data"`
	}
	if err := req.JSON(&p); err != nil {
		return Callback{}, err // cannot happen: the fake accepted this body
	}
	cb := Callback{Type: p.Type, Request: req}
	if p.Data != nil {
		cb.Flags, cb.Choices = p.Data.Flags, p.Data.Choices
	}
	s.mu.Lock()
	if st := s.rest.interactions[ix.ID]; st != nil && st.initial != nil {
		m := st.initial.clone()
		cb.Message = &m
	}
	s.mu.Unlock()
	return cb, nil
}

// WaitReply waits for the first message the user sees in answer to ix,
// however the bot produced it: an immediate response (type 4 or 7), an
// edit of a deferred response, or a follow-up. It returns that message as
// first shown.
func (s *Server) WaitReply(ctx context.Context, ix Interaction) (Message, error) {
	var m Message
	err := s.waitFor(ctx,
		func() bool {
			st := s.rest.interactions[ix.ID]
			if st == nil || st.first == nil {
				return false
			}
			m = st.first.clone()
			return true
		},
		func() string {
			state := "not acknowledged"
			if st := s.rest.interactions[ix.ID]; st != nil && st.acked {
				state = "acknowledged without a visible message"
			}
			return fmt.Sprintf("waiting for a reply to interaction %s (%s)", ix.ID, state)
		})
	return m, err
}

// Replies returns the messages currently answering ix: the original
// response, if visible, then the follow-ups.
func (s *Server) Replies(ix Interaction) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.rest.interactions[ix.ID]
	if st == nil {
		return nil
	}
	var out []Message
	if st.original != nil {
		out = append(out, st.original.clone())
	}
	return append(out, cloneMessages(st.followups)...)
}

// parseEdit reads the body of a message edit and refuses, as Discord does,
// one whose content or embeds break the limits.
func (s *Server) parseEdit(c *call) (*messagePayload, int, bool) {
	p, files, ok := s.parseMessage(c)
	if !ok {
		return nil, 0, false
	}
	if probs := checkContent(p.Content, p.Embeds, ""); len(probs) > 0 {
		s.invalidForm(c, probs)
		return nil, 0, false
	}
	return p, files, true
}
