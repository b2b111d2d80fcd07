// Package wiki fetches from Wikipedia: articles through the MediaWiki
// Action API, turned into the article text format that facts.Parse reads,
// and the day's events through the REST API's "On this day" feed.
//
// It follows Wikimedia's etiquette for API clients: every request names the
// bot and how to reach its operator in its User-Agent ("factbot/VERSION
// (CONTACT)"), one Client sends one request at a time, Action API requests
// carry maxlag=5 so they step aside when the database replicas lag, and a
// reply that asks to wait (maxlag, 429, 503 with Retry-After) is waited for
// before a bounded number of retries. Every request has a timeout and
// every reply a size limit.
//
// The package speaks the domain's types: it imports facts (for the text
// format's limits and header), never the other way.
package wiki
