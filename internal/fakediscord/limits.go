package fakediscord

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits Discord enforces on message bodies (message.mdx "Create Message"
// and "Embed Limits", receiving-and-responding.mdx for autocomplete).
// Lengths count characters, which the fake takes to be Unicode code points.
const (
	maxContent          = 2000
	maxEmbeds           = 10
	maxEmbedTitle       = 256
	maxEmbedDescription = 4096
	maxEmbedFields      = 25
	maxFieldName        = 256
	maxFieldValue       = 1024
	maxFooterText       = 2048
	maxAuthorName       = 256
	maxEmbedTotal       = 6000 // sum of the text fields above across all embeds of one message
	maxChoices          = 25
	maxChoiceName       = 100
	maxChoiceValue      = 100 // for string values
	maxNonce            = 25
	maxModalTitle       = 45
)

// Limits Discord enforces on command registrations (application-commands.mdx).
const (
	maxChatCommands    = 100 // per scope (global, or one guild)
	maxContextCommands = 5   // user and message commands each, per scope
	maxCommandName     = 32
	maxDescription     = 100
	maxOptions         = 25
	maxCommandChars    = 4000 // name, description and choices of one command combined
)

// commandName is Discord's CHAT_INPUT name rule: 1-32 letters, digits,
// hyphens, underscores or apostrophes (scripts without case included).
var commandName = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

// Embed is a message embed, in Discord's JSON shape, as the bot sent it.
type Embed struct {
	Type        string       `json:"type,omitempty"`
	Title       string       `json:"title,omitempty"`
	Description string       `json:"description,omitempty"`
	URL         string       `json:"url,omitempty"`
	Timestamp   string       `json:"timestamp,omitempty"`
	Color       int          `json:"color,omitempty"`
	Footer      *EmbedFooter `json:"footer,omitempty"`
	Image       *EmbedMedia  `json:"image,omitempty"`
	Thumbnail   *EmbedMedia  `json:"thumbnail,omitempty"`
	Author      *EmbedAuthor `json:"author,omitempty"`
	Fields      []EmbedField `json:"fields,omitempty"`
}

// EmbedFooter is an embed's footer.
type EmbedFooter struct {
	Text    string `json:"text"`
	IconURL string `json:"icon_url,omitempty"`
}

// EmbedMedia is an embed's image or thumbnail.
type EmbedMedia struct {
	URL string `json:"url"`
}

// EmbedAuthor is an embed's author line.
type EmbedAuthor struct {
	Name    string `json:"name"`
	URL     string `json:"url,omitempty"`
	IconURL string `json:"icon_url,omitempty"`
}

// EmbedField is one field of an embed.
type EmbedField struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline,omitempty"`
}

// Choice is one autocomplete result or command option choice.
type Choice struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

// Violation is a request the fake rejected because real Discord would have
// rejected it too: a malformed or over-limit body, a double or late
// acknowledgement, a follow-up before the initial response, a bad token,
// a URI with an empty path segment. A correct bot causes none, so tests can
// assert that [Server.Violations] is empty. Injected faults are not
// violations.
type Violation struct {
	Method string
	URI    string
	Status int
	// Code is Discord's JSON error code (50035 Invalid Form Body, ...).
	Code int
	// Message is Discord's error message.
	Message string
	// Problems are the individual failures, each "path: explanation", e.g.
	// "embeds.0.title: Must be 256 or fewer in length. (got 300)".
	Problems []string
	Time     time.Time
}

// String renders the violation for test failure messages.
func (v Violation) String() string {
	s := fmt.Sprintf("%s %s -> %d %d %s", v.Method, v.URI, v.Status, v.Code, v.Message)
	if len(v.Problems) > 0 {
		s += " [" + strings.Join(v.Problems, "; ") + "]"
	}
	return s
}

// problem is one field-level failure, as Discord reports it in "errors".
type problem struct {
	path    string // dotted: "data.embeds.0.title"
	code    string // Discord's error code string, e.g. BASE_TYPE_MAX_LENGTH
	message string
}

// String renders "path: message".
func (p problem) String() string {
	if p.path == "" {
		return p.message
	}
	return p.path + ": " + p.message
}

// errorTree nests problems the way Discord's "errors" object does:
// {"embeds":{"0":{"title":{"_errors":[{"code":...,"message":...}]}}}}.
func errorTree(probs []problem) map[string]any {
	root := map[string]any{}
	for _, p := range probs {
		node := root
		for _, key := range strings.Split(p.path, ".") {
			if key == "" { // a problem with the body as a whole
				break
			}
			next, ok := node[key].(map[string]any)
			if !ok {
				next = map[string]any{}
				node[key] = next
			}
			node = next
		}
		errs, _ := node["_errors"].([]any)
		node["_errors"] = append(errs, map[string]any{"code": p.code, "message": p.message})
	}
	return root
}

// runes counts characters the way the fake applies Discord's limits.
func runes(s string) int { return utf8.RuneCountInString(s) }

// tooLong reports a value longer than limit.
func tooLong(probs []problem, path, value string, limit int) []problem {
	if n := runes(value); n > limit {
		probs = append(probs, problem{path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length. (got %d)", limit, n)})
	}
	return probs
}

// required reports an empty required value.
func required(probs []problem, path, value string) []problem {
	if value == "" {
		probs = append(probs, problem{path, "BASE_TYPE_REQUIRED", "This field is required"})
	}
	return probs
}

// lengthBetween reports a value outside [lo, hi] characters.
func lengthBetween(probs []problem, path, value string, lo, hi int) []problem {
	if n := runes(value); n < lo || n > hi {
		probs = append(probs, problem{path, "BASE_TYPE_BAD_LENGTH", fmt.Sprintf("Must be between %d and %d in length. (got %d)", lo, hi, n)})
	}
	return probs
}

// checkContent applies the content and embed limits; prefix is "" for
// channel messages and webhooks and "data." for interaction callbacks.
func checkContent(content *string, embeds *[]Embed, prefix string) []problem {
	var probs []problem
	if content != nil {
		probs = tooLong(probs, prefix+"content", *content, maxContent)
	}
	if embeds == nil {
		return probs
	}
	if n := len(*embeds); n > maxEmbeds {
		probs = append(probs, problem{prefix + "embeds", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length. (got %d)", maxEmbeds, n)})
	}
	total := 0
	for i, e := range *embeds {
		base := prefix + "embeds." + strconv.Itoa(i) + "."
		probs = tooLong(probs, base+"title", e.Title, maxEmbedTitle)
		probs = tooLong(probs, base+"description", e.Description, maxEmbedDescription)
		total += runes(e.Title) + runes(e.Description)
		if n := len(e.Fields); n > maxEmbedFields {
			probs = append(probs, problem{base + "fields", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length. (got %d)", maxEmbedFields, n)})
		}
		for j, f := range e.Fields {
			fp := base + "fields." + strconv.Itoa(j) + "."
			probs = required(probs, fp+"name", f.Name)
			probs = tooLong(probs, fp+"name", f.Name, maxFieldName)
			probs = required(probs, fp+"value", f.Value)
			probs = tooLong(probs, fp+"value", f.Value, maxFieldValue)
			total += runes(f.Name) + runes(f.Value)
		}
		if e.Footer != nil {
			probs = required(probs, base+"footer.text", e.Footer.Text)
			probs = tooLong(probs, base+"footer.text", e.Footer.Text, maxFooterText)
			total += runes(e.Footer.Text)
		}
		if e.Author != nil {
			probs = required(probs, base+"author.name", e.Author.Name)
			probs = tooLong(probs, base+"author.name", e.Author.Name, maxAuthorName)
			total += runes(e.Author.Name)
		}
	}
	if total > maxEmbedTotal {
		probs = append(probs, problem{prefix + "embeds", "MAX_EMBED_SIZE_EXCEEDED", fmt.Sprintf("Embed size exceeds maximum size of %d (got %d)", maxEmbedTotal, total)})
	}
	return probs
}

// checkChoices applies the autocomplete-result and option-choice limits.
func checkChoices(choices []Choice, path string) []problem {
	var probs []problem
	if n := len(choices); n > maxChoices {
		probs = append(probs, problem{path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length. (got %d)", maxChoices, n)})
	}
	for i, c := range choices {
		base := path + "." + strconv.Itoa(i) + "."
		probs = lengthBetween(probs, base+"name", c.Name, 1, maxChoiceName)
		switch v := c.Value.(type) {
		case string:
			probs = tooLong(probs, base+"value", v, maxChoiceValue)
		case float64:
		default:
			probs = append(probs, problem{base + "value", "BASE_TYPE_REQUIRED", fmt.Sprintf("Must be a string or a number (got %T)", c.Value)})
		}
	}
	return probs
}

// commandDef is the part of a command registration the fake validates.
type commandDef struct {
	Name        string      `json:"name"`
	Description string      `json:"description"`
	Type        *int        `json:"type"`
	Options     []optionDef `json:"options"`
}

// optionDef is one command option in a registration.
type optionDef struct {
	Type         int         `json:"type"`
	Name         string      `json:"name"`
	Description  string      `json:"description"`
	Required     bool        `json:"required"`
	Autocomplete bool        `json:"autocomplete"`
	Choices      []Choice    `json:"choices"`
	Options      []optionDef `json:"options"`
}

// Application command types.
const (
	commandChatInput = 1
	commandUser      = 2
	commandMessage   = 3
)

// checkCommands validates a bulk-overwrite body the way Discord does, so a
// registration that would fail in production fails in tests too.
func checkCommands(cmds []commandDef) []problem {
	var probs []problem
	count := map[int]int{}
	seen := map[string]bool{}
	for i, c := range cmds {
		base := strconv.Itoa(i) + "."
		t := commandChatInput
		if c.Type != nil {
			t = *c.Type
		}
		count[t]++
		key := strconv.Itoa(t) + "/" + c.Name
		if seen[key] {
			probs = append(probs, problem{base + "name", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique"})
		}
		seen[key] = true
		switch t {
		case commandChatInput:
			probs = checkName(probs, base+"name", c.Name)
			probs = lengthBetween(probs, base+"description", c.Description, 1, maxDescription)
			probs = checkOptions(probs, base+"options", c.Options)
		case commandUser, commandMessage:
			probs = lengthBetween(probs, base+"name", c.Name, 1, maxCommandName)
			if c.Description != "" {
				probs = append(probs, problem{base + "description", "APPLICATION_COMMAND_INVALID_DESCRIPTION", "Context menu commands cannot have a description"})
			}
		default:
			probs = append(probs, problem{base + "type", "BASE_TYPE_CHOICES", fmt.Sprintf("Value must be one of (1, 2, 3). (got %d)", t)})
		}
		if n := commandChars(c.Name, c.Description, c.Options); n > maxCommandChars {
			probs = append(probs, problem{base[:len(base)-1], "APPLICATION_COMMAND_TOO_LARGE", fmt.Sprintf("Command exceeds maximum size (%d) (got %d)", maxCommandChars, n)})
		}
	}
	if count[commandChatInput] > maxChatCommands {
		probs = append(probs, problem{"", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Maximum number of application commands reached (%d)", maxChatCommands)})
	}
	if count[commandUser] > maxContextCommands || count[commandMessage] > maxContextCommands {
		probs = append(probs, problem{"", "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Maximum number of context menu commands reached (%d)", maxContextCommands)})
	}
	return probs
}

// checkName applies the CHAT_INPUT naming rule, which also covers options.
func checkName(probs []problem, path, name string) []problem {
	switch {
	case !commandName.MatchString(name):
		probs = append(probs, problem{path, "APPLICATION_COMMAND_INVALID_NAME", fmt.Sprintf("Command name is invalid (%q): 1-32 letters, digits, '-' or '_'", name)})
	case strings.ToLower(name) != name:
		probs = append(probs, problem{path, "APPLICATION_COMMAND_INVALID_NAME", fmt.Sprintf("Command name must be lowercase (%q)", name)})
	}
	return probs
}

// checkOptions validates one level of options and recurses into
// sub-commands and groups.
func checkOptions(probs []problem, path string, opts []optionDef) []problem {
	if n := len(opts); n > maxOptions {
		probs = append(probs, problem{path, "BASE_TYPE_MAX_LENGTH", fmt.Sprintf("Must be %d or fewer in length. (got %d)", maxOptions, n)})
	}
	seen := map[string]bool{}
	optionalSeen := false
	for i, o := range opts {
		base := path + "." + strconv.Itoa(i) + "."
		probs = checkName(probs, base+"name", o.Name)
		probs = lengthBetween(probs, base+"description", o.Description, 1, maxDescription)
		if seen[o.Name] {
			probs = append(probs, problem{base + "name", "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique"})
		}
		seen[o.Name] = true
		if o.Type < 1 || o.Type > 11 {
			probs = append(probs, problem{base + "type", "BASE_TYPE_CHOICES", fmt.Sprintf("Value must be between 1 and 11. (got %d)", o.Type)})
		}
		if o.Type > 2 { // sub-commands and groups have no required flag
			if o.Required && optionalSeen {
				probs = append(probs, problem{base + "required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options"})
			}
			optionalSeen = optionalSeen || !o.Required
		}
		if o.Autocomplete && len(o.Choices) > 0 {
			probs = append(probs, problem{base + "autocomplete", "APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE", "Autocomplete cannot be set on options with choices"})
		}
		probs = append(probs, checkChoices(o.Choices, base+"choices")...)
		if len(o.Options) > 0 {
			probs = checkOptions(probs, base+"options", o.Options)
		}
	}
	return probs
}

// commandChars sums what Discord counts toward a command's size limit.
func commandChars(name, description string, opts []optionDef) int {
	n := runes(name) + runes(description)
	for _, o := range opts {
		n += commandChars(o.Name, o.Description, o.Options)
		for _, c := range o.Choices {
			n += runes(c.Name)
			if v, ok := c.Value.(string); ok {
				n += runes(v)
			}
		}
	}
	return n
}

// normalizeNonce returns the nonce as text: Discord accepts an integer or a
// string. ok is false for any other JSON type.
func normalizeNonce(raw json.RawMessage) (nonce string, ok bool) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, true
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		if _, err := n.Int64(); err == nil {
			return n.String(), true
		}
	}
	return "", false
}
