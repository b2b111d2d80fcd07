package facts_test

import (
	"fmt"
	"time"

	"factbot/facts"
)

func ExampleBase_Ask() {
	base, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		panic(err)
	}
	a := base.Ask("wen were relations establised?")
	fmt.Println(a.Found, a.Text)
	fmt.Println(a.Citations[0].Section)
	fmt.Println(base.Ask("When did Albania join NATO?").Found)
	// Output:
	// true On August 19, 1991, diplomatic relations between the two countries were established.
	// History › Communist Albania (1946–1992)
	// false
}

func ExampleBase_Topics() {
	base, _ := facts.Load(facts.DefaultArticle)
	fmt.Println(base.Topics("emb")[0], base.Topics("shimon perez")[0])
	// Output: embassy Shimon Peres
}

func ExampleBase_OnThisDay() {
	base, _ := facts.Load(facts.DefaultArticle)
	a := base.OnThisDay(time.Date(2026, 4, 19, 0, 0, 0, 0, time.UTC))
	fmt.Println(a.Kind)
	fmt.Println(a.Text)
	// Output:
	// exact
	// 19 April 1949, 77 years ago: Albania has recognized Israel as a state since April 19, 1949.
}
