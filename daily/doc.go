// Package daily decides when each subscribed channel gets its daily
// "on this day" post, and runs the loop that makes the posts.
//
// The timing rules are pure functions (PostTime, Next, Due, LocalDate),
// tested on their own. Scheduler.Run is the loop: each pass reads all
// subscriptions, posts those that are due and owned by this process
// (Scheduler.Owns, for sharding), then sleeps until the earliest next post
// time, but never longer than Scheduler.Poll (a minute), so subscriptions
// changed by another process are noticed. Scheduler.Kick starts a pass at
// once, e.g. after a /subscribe in this process.
//
// # When a post is due
//
// A subscription asks for a post at hh:mm local time in an IANA zone. The
// post for a local calendar date is due from PostTime for that date until
// the date ends; there is no backlog:
//
//   - A bot that is down at hh:mm and comes back later the same local day
//     posts once, late.
//   - A bot that is down for several days posts only the current day's
//     post when it comes back.
//   - A subscription created, changed, paused or resumed after today's
//     post time (by Subscription.UpdatedAt) starts with tomorrow's post:
//     subscribing at 15:00 for 09:00 does not post at once.
//
// Daylight saving time: if hh:mm does not exist on a date (clocks spring
// forward over it, e.g. 02:30 in America/New_York on 2026-03-08), the post
// is at the first instant after the gap, the moment the clocks jump
// (03:00 local there). If hh:mm occurs twice (clocks fall back, e.g. 01:30
// on 2026-11-01 in New York), the post is at the first occurrence. Either
// way there is exactly one post per local date.
//
// # At most one post per channel and date
//
// Every post goes through the store's ledger, keyed by channel and
// subscriber-local date: Claim, then Poster.Post, then MarkSent. A claim
// that was sent is never posted again, across restarts and replicas.
//
// If the process dies (or hangs) after Discord accepted the message but
// before MarkSent recorded it, the claim stays "claimed". Once Lease has
// passed since the claim, the next pass of any replica takes it over and
// posts again, with the same nonce. The poster sends the nonce with
// enforce_nonce, and Discord answers a repeated nonce from the same
// author within a few minutes with the earlier message instead of a new
// one. So a double post needs both a death between send and record and a
// resend later than Discord's nonce window. The default Lease of two
// minutes keeps the resend inside that window when another replica is
// running; a lone bot that restarts later than that resends outside it,
// and may post twice. Keep Lease longer than PostTimeout, so a slow but
// live send is never taken over.
//
// The store derives the nonce from channel and date, so every attempt for
// one post carries the same nonce, not only takeovers: a retry after an
// ambiguous failure (a timeout on a request Discord did accept) is
// deduplicated too, as the first retries come within seconds.
//
// # Failures
//
// A Poster reports a failure that retrying cannot fix (the channel was
// deleted, the bot lost access) by returning a *PermanentError. The
// scheduler then pauses that subscription with the error's reason, logs it
// and does not retry; other subscriptions are unaffected. Any other error
// (rate limits, 5xx, network) releases the claim and is retried with
// exponential backoff on later passes until it succeeds or the local date
// ends.
package daily
