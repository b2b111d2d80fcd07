package fakediscord_test

import (
	"context"
	"fmt"
	"time"

	"factbot/internal/fakediscord"

	"github.com/bwmarrin/discordgo"
)

// A bot test starts the fake, points the bot at it, plays the user and
// checks what the bot answered.
func Example() {
	srv, err := fakediscord.Start(fakediscord.Options{})
	if err != nil {
		panic(err)
	}
	defer srv.Close() // deferred first, so it runs after the session is closed

	// Stands in for the bot; the real one sets DISCORD_API_URL=srv.APIURL().
	dg, _ := discordgo.New("Bot " + srv.Token())
	dg.Client = srv.HTTPClient()
	dg.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		_ = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "pong"},
		})
	})
	if err := dg.Open(); err != nil {
		panic(err)
	}
	defer func() {
		dg.ShouldReconnectOnError = false
		_ = dg.Close()
	}()

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ix, err := srv.DispatchCommand(fakediscord.Invocation{GuildID: "444444444444444444"}, "ping")
	if err != nil {
		panic(err)
	}
	reply, err := srv.WaitReply(ctx, ix)
	fmt.Println(reply.Content, err, len(srv.Violations()))
	// Output: pong <nil> 0
}
