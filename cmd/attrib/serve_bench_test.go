package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkServeExtract posts the seed articles, one document a request,
// to POST /v1/extract on loopback from 1, 2 and 8 concurrent clients, with
// as many parse slots as CPUs. It reports documents per second, latency
// percentiles and the live heap after a forced collection at the start
// and at the end of the run (memory stays flat when they match). Run it
// bounded: go test -run '^$' -bench ServeExtract -benchtime 300x ./cmd/attrib
func BenchmarkServeExtract(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(paths) == 0 {
		b.Fatal("no seed articles")
	}
	var bodies []string
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		j, _ := json.Marshal(map[string]string{"id": docName(p), "text": string(text)})
		bodies = append(bodies, string(j))
	}
	for _, clients := range []int{1, 2, 8} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			s := newServer(serveConfig{parses: runtime.NumCPU(), queueWait: time.Minute, maxBody: 16 << 20})
			srv := httptest.NewServer(s.handler()) // 127.0.0.1, a free port
			defer srv.Close()
			ts := srv.URL
			client := &http.Client{Timeout: time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
			defer client.CloseIdleConnections()
			post := func(body string) {
				resp, err := client.Post(ts+"/v1/extract", "application/json", strings.NewReader(body))
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Errorf("status %d", resp.StatusCode)
				}
			}
			for _, body := range bodies { // warm up
				post(body)
			}
			heap0 := liveHeap()
			lat := make([]time.Duration, b.N)
			var next atomic.Int64
			var wg sync.WaitGroup
			b.ResetTimer()
			start := time.Now()
			for range clients {
				wg.Go(func() {
					for {
						i := int(next.Add(1)) - 1
						if i >= b.N {
							return
						}
						t0 := time.Now()
						post(bodies[i%len(bodies)])
						lat[i] = time.Since(t0)
					}
				})
			}
			wg.Wait()
			elapsed := time.Since(start)
			b.StopTimer()
			heap1 := liveHeap()
			slices.Sort(lat)
			pct := func(p float64) float64 {
				return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
			}
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "docs/s")
			b.ReportMetric(pct(0.50), "p50-ms")
			b.ReportMetric(pct(0.90), "p90-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
			b.ReportMetric(float64(heap0)/1e6, "heap-start-MB")
			b.ReportMetric(float64(heap1)/1e6, "heap-end-MB")
		})
	}
}

func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
