package facts

// Nearly every run of factbot answers from the embedded article: the
// bot and the terminal chat by default, and every `factbot ask` without
// --article. Loading it takes about 0.7 ms of a process's start-up of a
// few, most of the rest being the initialisation of the packages that
// come after this one (the metrics, the store's SQLite, the Discord
// library: about 1.3 ms on one processor). So its loading starts as this
// package is initialised, on a goroutine of its own, and on a second
// processor it is done by the time main asks for it. A run that never
// asks (another article, a health check) has spent that much on a
// processor it had to spare; with one processor the goroutine waits
// until main does ask.

// embedded is the embedded article's loading, started at initialisation.
var embedded = loadEmbedded()

type preload struct {
	done chan struct{} // closed once base and err are set
	base *Base
	err  error
}

func loadEmbedded() *preload {
	p := &preload{done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.base, p.err = Load(DefaultArticle)
	}()
	return p
}

// EmbeddedBase returns the fact base of the embedded article alone, the
// same Base to every caller in the process: it is what Load(DefaultArticle)
// returns, loaded once, from the package's initialisation on. A Base is
// not changed once built, so callers may share it.
func EmbeddedBase() (*Base, error) {
	<-embedded.done
	return embedded.base, embedded.err
}
