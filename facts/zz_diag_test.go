package facts

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// DIAGDIR=dir: counts only, per article: where answerable questions are lost.
func TestZZDiag(t *testing.T) {
	dir := os.Getenv("DIAGDIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	var tot [8]int
	var diff [nRankFeatures]float64
	var pos, neg [nRankFeatures]int
	nw := 0
	for _, qf := range files {
		s := qaSet{name: filepath.Base(qf), article: strings.TrimSuffix(qf, ".jsonl") + ".txt", questions: qf}
		fs := fitSet{set: s, group: s.article, article: s.load(t), qs: readQA(t, qf)}
		m := model
		samples := collect([]fitSet{fs}, &m, false)
		dd := decisions(samples, m.rank, m.join, m.giveWay)
		var c [8]int // n, right@k, chosen right, answered right, hard&right, thr&right, none, none answered
		for i, sm := range samples {
			answers := !dd[i].hard && m.confidence(&dd[i].d) >= float64(m.threshold)
			if sm.none {
				c[6]++
				if answers {
					c[7]++
				}
				continue
			}
			c[0]++
			for _, l := range sm.labels {
				if l {
					c[1]++
					break
				}
			}
			if os.Getenv("DIAGV") != "" && !dd[i].right {
				best := -1
				for j, l := range sm.labels {
					if l {
						best = j
						break
					}
				}
				if len(sm.hits) == 0 {
					continue
				}
				ch := sm.b.facts[sm.hits[dd[i].chosen].fact].Text
				fmt.Printf("WRONG %q\n   chose: %.110s\n", sm.text, ch)
				if best >= 0 {
					fmt.Printf("   right(#%d): %.110s\n", best, sm.b.facts[sm.hits[best].fact].Text)
				}
			}
			if !dd[i].right && len(sm.hits) > 0 {
				best := -1
				for j, l := range sm.labels {
					if l {
						best = j
						break
					}
				}
				if best >= 0 {
					nw++
					for f := range diff {
						d := float64(sm.xs[best][f] - sm.xs[dd[i].chosen][f])
						diff[f] += d
						if d > 0 {
							pos[f]++
						} else if d < 0 {
							neg[f]++
						}
					}
				}
			}
			if dd[i].right {
				c[2]++
				switch {
				case answers:
					c[3]++
				case dd[i].hard:
					c[4]++
					if os.Getenv("DIAGH") != "" {
						fmt.Printf("HARD %q\n   %.140s\n", sm.text, sm.b.facts[sm.hits[dd[i].chosen].fact].Text)
					}
				default:
					c[5]++
				}
			}
		}
		fmt.Printf("%-40s n=%d @k=%d chosenRight=%d answeredRight=%d hardDeclRight=%d thrDeclRight=%d none=%d noneAnswered=%d\n", filepath.Base(qf), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7])
		for k := range c {
			tot[k] += c[k]
		}
	}
	if os.Getenv("DIAGF") != "" {
		for f := range diff {
			fmt.Printf("F %-10s w=%+.2f meanDiff=%+.3f rightHigher=%d chosenHigher=%d\n", rankFeatureNames[f], model.rank[f], diff[f]/float64(nw), pos[f], neg[f])
		}
	}
	fmt.Printf("%-40s n=%d @k=%d chosenRight=%d answeredRight=%d hardDeclRight=%d thrDeclRight=%d none=%d noneAnswered=%d\n", "TOTAL", tot[0], tot[1], tot[2], tot[3], tot[4], tot[5], tot[6], tot[7])
}
