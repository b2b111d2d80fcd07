// Package bot is factbot's front ends: the Discord gateway (slash
// commands, autocomplete, buttons, mentions and DMs, sharded), the HTTP
// interactions endpoint, the terminal chat, daily posts to channels, and
// the health and metrics endpoints. It turns what arrives into
// handlers.Request values and renders handlers.Reply values; it is the
// only package that imports discordgo.
package bot
