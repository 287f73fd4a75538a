//! The servers behind one client: which one takes the next request, and what has been
//! learnt about each (does it honour `n`, did it just refuse connections).
//!
//! Shared by every thread of a run, so all state is atomic: a lease counts a request in
//! flight on its server until it is dropped, and the server with the fewest requests in
//! flight gets the next one, ties taken in turn.

use std::sync::atomic::{AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a server that refused a connection is passed over while others remain.
const DOWN_COOLDOWN: Duration = Duration::from_secs(10);

/// What is known about a server's handling of `n` (several answers in one request).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NSupport {
    /// Not tried yet: ask for `n` and see.
    Unknown,
    /// It returned as many answers as asked.
    Honoured,
    /// It refused `n` or returned fewer answers: one answer per request from now on.
    Ignored,
}

/// One server.
#[derive(Debug)]
pub(crate) struct Server {
    /// Base URL without a trailing slash.
    pub(crate) base: String,
    in_flight: AtomicUsize,
    n_support: AtomicU8,
    /// Milliseconds since the pool's epoch until which the server is passed over.
    down_until_ms: AtomicU64,
}

impl Server {
    fn new(base: String) -> Server {
        Server {
            base,
            in_flight: AtomicUsize::new(0),
            n_support: AtomicU8::new(0),
            down_until_ms: AtomicU64::new(0),
        }
    }

    pub(crate) fn n_support(&self) -> NSupport {
        match self.n_support.load(Ordering::Relaxed) {
            0 => NSupport::Unknown,
            1 => NSupport::Honoured,
            _ => NSupport::Ignored,
        }
    }

    pub(crate) fn set_n_support(&self, support: NSupport) {
        let code = match support {
            NSupport::Unknown => 0,
            NSupport::Honoured => 1,
            NSupport::Ignored => 2,
        };
        // Once a server has been seen ignoring `n`, a later full answer does not undo it:
        // it may have been luck, and a server that ignores `n` costs a wasted request.
        if support == NSupport::Honoured {
            let _ = self
                .n_support
                .compare_exchange(0, code, Ordering::Relaxed, Ordering::Relaxed);
        } else {
            self.n_support.store(code, Ordering::Relaxed);
        }
    }
}

/// The servers of one client.
#[derive(Debug)]
pub(crate) struct Pool {
    servers: Vec<Server>,
    turn: AtomicUsize,
    epoch: Instant,
}

/// A request in flight on one server; dropping it ends the count.
pub(crate) struct Lease<'a> {
    pool: &'a Pool,
    /// Index of the server in the pool.
    pub(crate) index: usize,
}

impl Lease<'_> {
    pub(crate) fn server(&self) -> &Server {
        &self.pool.servers[self.index]
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        self.server().in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Pool {
    /// A pool of the given base URLs (at least one).
    pub(crate) fn new(bases: Vec<String>) -> Pool {
        Pool {
            servers: bases.into_iter().map(Server::new).collect(),
            turn: AtomicUsize::new(0),
            epoch: Instant::now(),
        }
    }

    pub(crate) fn servers(&self) -> &[Server] {
        &self.servers
    }

    /// Whether some server may still answer several completions in one request.
    pub(crate) fn any_may_honour_n(&self) -> bool {
        self.servers
            .iter()
            .any(|s| s.n_support() != NSupport::Ignored)
    }

    /// Takes the server for the next attempt: the least busy of those neither `avoid`
    /// nor recently down, else the least busy of all; ties go round in turn.
    pub(crate) fn lease(&self, avoid: Option<usize>) -> Lease<'_> {
        let count = self.servers.len();
        let start = self.turn.fetch_add(1, Ordering::Relaxed) % count;
        let now = self.now_ms();
        let mut best: Option<((bool, usize), usize)> = None;
        for offset in 0..count {
            let index = (start + offset) % count;
            let server = &self.servers[index];
            let shunned =
                avoid == Some(index) || server.down_until_ms.load(Ordering::Relaxed) > now;
            let key = (shunned, server.in_flight.load(Ordering::Relaxed));
            if best.is_none_or(|(best_key, _)| key < best_key) {
                best = Some((key, index));
            }
        }
        let index = best.map_or(0, |(_, index)| index);
        self.servers[index]
            .in_flight
            .fetch_add(1, Ordering::Relaxed);
        Lease { pool: self, index }
    }

    /// Takes server `index` for the next attempt, whatever its load.
    pub(crate) fn lease_on(&self, index: usize) -> Lease<'_> {
        self.servers[index]
            .in_flight
            .fetch_add(1, Ordering::Relaxed);
        Lease { pool: self, index }
    }

    /// Passes over the server for a while: it refused a connection.
    pub(crate) fn mark_down(&self, index: usize) {
        let until = self.now_ms() + DOWN_COOLDOWN.as_millis() as u64;
        self.servers[index]
            .down_until_ms
            .store(until, Ordering::Relaxed);
    }

    /// The server answered: it is up.
    pub(crate) fn mark_up(&self, index: usize) {
        self.servers[index]
            .down_until_ms
            .store(0, Ordering::Relaxed);
    }

    /// Whether another server than `index` is up.
    pub(crate) fn has_other_up(&self, index: usize) -> bool {
        let now = self.now_ms();
        self.servers
            .iter()
            .enumerate()
            .any(|(i, server)| i != index && server.down_until_ms.load(Ordering::Relaxed) <= now)
    }

    fn now_ms(&self) -> u64 {
        self.epoch.elapsed().as_millis() as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(count: usize) -> Pool {
        Pool::new((0..count).map(|i| format!("http://s{i}/v1")).collect())
    }

    #[test]
    fn idle_servers_take_turns() {
        let pool = pool(3);
        let picks: Vec<usize> = (0..6).map(|_| pool.lease(None).index).collect();
        assert_eq!(picks, [0, 1, 2, 0, 1, 2]);
    }

    #[test]
    fn the_least_busy_server_gets_the_request() {
        let pool = pool(2);
        let first = pool.lease(None);
        let second = pool.lease(None);
        assert_ne!(first.index, second.index);
        drop(first);
        let held_index = second.index;
        for _ in 0..4 {
            assert_ne!(pool.lease(None).index, held_index);
        }
    }

    #[test]
    fn a_down_or_avoided_server_is_passed_over_while_another_is_up() {
        let pool = pool(2);
        pool.mark_down(0);
        assert!(!pool.has_other_up(1));
        assert!(pool.has_other_up(0));
        let _busy = [pool.lease(None), pool.lease(None)];
        assert_eq!(pool.lease(None).index, 1, "busy but up beats down");
        pool.mark_up(0);
        assert_eq!(pool.lease(Some(0)).index, 1);
        let single = self::pool(1);
        single.mark_down(0);
        assert_eq!(
            single.lease(Some(0)).index,
            0,
            "the only server is still used"
        );
    }

    #[test]
    fn once_ignored_n_stays_ignored() {
        let pool = pool(1);
        let server = &pool.servers()[0];
        assert_eq!(server.n_support(), NSupport::Unknown);
        server.set_n_support(NSupport::Ignored);
        server.set_n_support(NSupport::Honoured);
        assert_eq!(server.n_support(), NSupport::Ignored);
        assert!(!pool.any_may_honour_n());
    }
}
