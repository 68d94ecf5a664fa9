package postgres

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"sort"

	"github.com/jackc/pgx/v5"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrationLock is the pg_advisory_lock key that serializes migrations of
// processes starting together ("hgstore" in ASCII).
const migrationLock int64 = 0x6867_7374_6f72_65

type migration struct {
	version string // the file name, e.g. 0001_init.sql; applied in lexical order
	sql     string
	sum     string // hex SHA-256 of sql
}

func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	ms := make([]migration, 0, len(names))
	for _, n := range names {
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(b)
		ms = append(ms, migration{version: n[len("migrations/"):], sql: string(b), sum: hex.EncodeToString(sum[:])})
	}
	return ms, nil
}

// migrate applies the embedded migrations not yet recorded in
// schema_migrations, each in its own transaction, while holding a session
// advisory lock so that processes starting together take turns. A recorded
// migration whose file has since changed is an error: migrations are
// append-only.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("%w: %v", ErrMigration, err)
	}
	err = s.withConn(ctx, func(c *pgx.Conn) (err error) {
		if _, err := c.Exec(ctx, "SELECT pg_advisory_lock($1)", migrationLock); err != nil {
			return err
		}
		defer func() {
			if _, uerr := c.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrationLock); uerr != nil {
				// The connection is unusable; closing it releases the lock
				// (the pool drops a closed connection).
				err = errors.Join(err, uerr)
				_ = c.Close(context.WithoutCancel(ctx))
			}
		}()
		if _, err := c.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    text PRIMARY KEY,
			sha256     text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
			return err
		}
		applied := map[string]string{}
		rows, _ := c.Query(ctx, "SELECT version, sha256 FROM schema_migrations")
		var v, sum string
		if _, err := pgx.ForEachRow(rows, []any{&v, &sum}, func() error { applied[v] = sum; return nil }); err != nil {
			return err
		}
		for _, m := range ms {
			if got, ok := applied[m.version]; ok {
				if got != m.sum {
					return fmt.Errorf("%s was applied with sha256 %s and now has %s", m.version, got, m.sum)
				}
				continue
			}
			err := pgx.BeginFunc(ctx, c, func(tx pgx.Tx) error {
				if _, err := tx.Exec(ctx, m.sql); err != nil {
					return err
				}
				_, err := tx.Exec(ctx, "INSERT INTO schema_migrations (version, sha256) VALUES ($1, $2)", m.version, m.sum)
				return err
			})
			if err != nil {
				return fmt.Errorf("%s: %w", m.version, err)
			}
			s.log.Info("store: applied migration", "version", m.version)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMigration, err)
	}
	return nil
}
