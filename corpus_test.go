package attrib

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir returns the directory of a corpus beside the repository, $env
// or by default ../shared/corpora/name, and skips the test with a message
// when probe, a path inside it, is absent: the corpora are not part of the
// repository.
func corpusDir(tb testing.TB, env, name, probe string) string {
	tb.Helper()
	dir := os.Getenv(env)
	if dir == "" {
		dir = filepath.Join("..", "shared", "corpora", name)
	}
	if _, err := os.Stat(filepath.Join(dir, probe)); err != nil {
		tb.Skipf("%s not found under %s (set %s)", filepath.Join(name, probe), dir, env)
	}
	return dir
}
