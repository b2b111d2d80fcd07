package fakewiki

import (
	"fmt"
	"net/http"
	"strconv"
)

// Event is an entry of the On this day feed, in the REST API's shape.
type Event struct {
	Text  string      `json:"text"`
	Year  int         `json:"year"`
	Pages []EventPage `json:"pages"`
}

// EventPage is a page an event links.
type EventPage struct {
	Title           string `json:"title"`           // "Israeli_Declaration_of_Independence"
	NormalizedTitle string `json:"normalizedtitle"` // "Israeli Declaration of Independence"
	Extract         string `json:"extract,omitempty"`
	ContentURLs     struct {
		Desktop struct {
			Page string `json:"page"`
		} `json:"desktop"`
	} `json:"content_urls"`
}

// NewEvent builds an event linking pages by their titles, with Wikipedia's
// addresses for them.
func NewEvent(year int, text string, titles ...string) Event {
	ev := Event{Text: text, Year: year, Pages: []EventPage{}}
	for _, t := range titles {
		p := EventPage{Title: Encode(t), NormalizedTitle: normalize(t)}
		p.ContentURLs.Desktop.Page = "https://en.wikipedia.org/wiki/" + Encode(t)
		ev.Pages = append(ev.Pages, p)
	}
	return ev
}

// SetFeed sets the events of a day, for every year. Days not set have no
// events.
func (s *Server) SetFeed(month, day int, events []Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feed[fmt.Sprintf("%02d/%02d", month, day)] = events
}

// onThisDay serves GET feed/onthisday/{kind}/{MM}/{DD}: "events", or "all"
// for every kind at once (the fake has events only).
func (s *Server) onThisDay(w http.ResponseWriter, r *http.Request) {
	kind, mm, dd := r.PathValue("kind"), r.PathValue("mm"), r.PathValue("dd")
	m, errM := strconv.Atoi(mm)
	d, errD := strconv.Atoi(dd)
	if len(mm) != 2 || len(dd) != 2 || errM != nil || errD != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		writeJSON(w, http.StatusBadRequest, map[string]any{"type": "https://mediawiki.org/wiki/HyperSwitch/errors/bad_request", "title": "Bad Request", "detail": "Invalid date"})
		return
	}
	switch kind {
	case "events", "selected", "births", "deaths", "holidays", "all":
	default:
		writeJSON(w, http.StatusNotFound, map[string]any{"type": "https://mediawiki.org/wiki/HyperSwitch/errors/not_found", "title": "Not found.", "detail": "Unknown feed type " + kind})
		return
	}
	if f, ok := s.fault(&s.feedFaults); ok {
		s.serveFault(w, r, f)
		return
	}
	s.mu.Lock()
	events := s.feed[mm+"/"+dd]
	s.mu.Unlock()
	if events == nil {
		events = []Event{}
	}
	switch kind {
	case "events":
		writeJSON(w, http.StatusOK, map[string]any{"events": events})
	case "all":
		writeJSON(w, http.StatusOK, map[string]any{"selected": []Event{}, "events": events, "births": []Event{}, "deaths": []Event{}, "holidays": []Event{}})
	default:
		writeJSON(w, http.StatusOK, map[string]any{kind: []Event{}})
	}
}
