//! Where tasks live: an embedded redb database under `--state`, or memory without it.
//!
//! Every task the server accepts is written here with its request before it is
//! queued, and again with its response when it finishes. Asynchronous tasks are written
//! durably (fsync before the client hears the task id), so a server killed with SIGKILL
//! and restarted still knows every task it accepted: finished ones with their results,
//! unfinished ones to run again. Synchronous tasks are written without waiting for
//! the disk (their client gets the result in the response): a checkpoint once a minute
//! and at shutdown puts them on disk, so a crash loses at most a minute of copies of
//! results already delivered, and a worker never waits for an fsync between runs.
//!
//! Results expire by one rule: a finished task is dropped once it is older than the
//! retention period (`serve --retain-hours`), or when `DELETE /clean/{limit}` trims the
//! store to its `limit` newest tasks.

// redb's error type is large; the results carrying it live only inside this module's
// short closures, so boxing it would buy nothing.
#![allow(clippy::result_large_err)]

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use redb::{Database, Durability, ReadableTable, ReadableTableMetadata, TableDefinition};
use serde::{Deserialize, Serialize};
use serde_json::Value;

const TASKS: TableDefinition<&str, &[u8]> = TableDefinition::new("tasks");

/// The file under the state directory that holds the tasks.
pub const STORE_FILE: &str = "tasks.redb";

/// A failure of the task store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The state directory could not be created.
    #[error("creating the state directory {path}: {source}")]
    Dir {
        /// The directory.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The database failed.
    #[error("task store {path}: {message}")]
    Database {
        /// The database file (or `memory`).
        path: String,
        /// What redb said.
        message: String,
    },
}

/// Which protocol a task came in through (and so the shape of its response).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Protocol {
    /// `POST /execute`.
    Monolith,
    /// `POST /run_code`.
    Fusion,
    /// `POST /v1/...`.
    Native,
}

/// Where a task is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskState {
    /// Accepted and waiting for (or on) a worker.
    Queued,
    /// Finished; the response is stored.
    Done,
    /// Could not be run again after a restart; the response says why.
    Interrupted,
}

/// One task as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskRecord {
    /// The task id given to the client.
    pub id: String,
    /// The protocol it came in through.
    pub protocol: Protocol,
    /// The request body, as parsed JSON, so the task can be run again.
    pub request: Value,
    /// Where it is.
    pub state: TaskState,
    /// The response body once finished.
    pub response: Option<Value>,
    /// When it was accepted, in ms since the Unix epoch.
    pub created_ms: u64,
}

impl TaskRecord {
    /// A newly accepted task.
    pub fn queued(id: String, protocol: Protocol, request: Value) -> Self {
        TaskRecord {
            id,
            protocol,
            request,
            state: TaskState::Queued,
            response: None,
            created_ms: now_ms(),
        }
    }
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// The task store.
pub struct Store {
    db: Database,
    name: String,
}

impl Store {
    /// Opens (or creates) the store in `dir`, or an in-memory one without a directory.
    pub fn open(dir: Option<&Path>) -> Result<Store, StoreError> {
        let (db, name) = match dir {
            Some(dir) => {
                std::fs::create_dir_all(dir).map_err(|source| StoreError::Dir {
                    path: dir.to_path_buf(),
                    source,
                })?;
                let path = dir.join(STORE_FILE);
                let name = path.display().to_string();
                let db = Database::create(&path).map_err(|e| database(&name, e))?;
                (db, name)
            }
            None => {
                let name = "memory".to_string();
                let db = Database::builder()
                    .create_with_backend(redb::backends::InMemoryBackend::new())
                    .map_err(|e| database(&name, e))?;
                (db, name)
            }
        };
        let store = Store { db, name };
        // Create the table so that reads of an empty store succeed.
        store.checkpoint()?;
        Ok(store)
    }

    fn write(
        &self,
        durability: Durability,
        body: impl FnOnce(&mut redb::Table<&str, &[u8]>) -> Result<(), redb::Error>,
    ) -> Result<(), StoreError> {
        let run = || -> Result<(), redb::Error> {
            let mut txn = self.db.begin_write()?;
            txn.set_durability(durability);
            {
                let mut table = txn.open_table(TASKS)?;
                body(&mut table)?;
            }
            txn.commit()?;
            Ok(())
        };
        run().map_err(|e| database(&self.name, e))
    }

    /// Writes `task`; with `durable`, the call returns only once it is on disk, else it
    /// reaches the disk with the next durable write or [`Store::checkpoint`].
    pub fn put(&self, task: &TaskRecord, durable: bool) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(task).expect("a task record serializes");
        let durability = if durable {
            Durability::Immediate
        } else {
            Durability::None
        };
        self.write(durability, |table| {
            table.insert(task.id.as_str(), bytes.as_slice())?;
            Ok(())
        })
    }

    /// Puts every earlier write on disk (and lets the database reuse the space the
    /// writes it replaced held).
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.write(Durability::Immediate, |_| Ok(()))
    }

    /// The task with this id, if known.
    pub fn get(&self, id: &str) -> Result<Option<TaskRecord>, StoreError> {
        let run = || -> Result<Option<TaskRecord>, redb::Error> {
            let txn = self.db.begin_read()?;
            let table = txn.open_table(TASKS)?;
            Ok(table
                .get(id)?
                .and_then(|v| serde_json::from_slice(v.value()).ok()))
        };
        run().map_err(|e| database(&self.name, e))
    }

    /// Every stored task.
    pub fn all(&self) -> Result<Vec<TaskRecord>, StoreError> {
        let run = || -> Result<Vec<TaskRecord>, redb::Error> {
            let txn = self.db.begin_read()?;
            let table = txn.open_table(TASKS)?;
            let mut tasks = Vec::new();
            for entry in table.iter()? {
                let (_, value) = entry?;
                if let Ok(task) = serde_json::from_slice::<TaskRecord>(value.value()) {
                    tasks.push(task);
                }
            }
            Ok(tasks)
        };
        run().map_err(|e| database(&self.name, e))
    }

    /// How many tasks are stored.
    pub fn len(&self) -> Result<u64, StoreError> {
        let run = || -> Result<u64, redb::Error> {
            let txn = self.db.begin_read()?;
            Ok(txn.open_table(TASKS)?.len()?)
        };
        run().map_err(|e| database(&self.name, e))
    }

    /// Whether the store holds no task.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    /// Drops finished tasks accepted before `cutoff_ms`; returns how many.
    pub fn expire(&self, cutoff_ms: u64) -> Result<usize, StoreError> {
        let old: Vec<String> = self
            .all()?
            .into_iter()
            .filter(|t| t.state != TaskState::Queued && t.created_ms < cutoff_ms)
            .map(|t| t.id)
            .collect();
        self.remove(&old)?;
        self.checkpoint()?;
        Ok(old.len())
    }

    /// Keeps the `limit` newest finished tasks (queued tasks are never dropped);
    /// returns how many were removed.
    pub fn trim(&self, limit: usize) -> Result<usize, StoreError> {
        let mut finished: Vec<TaskRecord> = self
            .all()?
            .into_iter()
            .filter(|t| t.state != TaskState::Queued)
            .collect();
        finished.sort_by_key(|t| std::cmp::Reverse(t.created_ms));
        let old: Vec<String> = finished.into_iter().skip(limit).map(|t| t.id).collect();
        self.remove(&old)?;
        Ok(old.len())
    }

    /// Removes the tasks with these ids.
    pub fn remove(&self, ids: &[String]) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        self.write(Durability::Immediate, |table| {
            for id in ids {
                table.remove(id.as_str())?;
            }
            Ok(())
        })
    }
}

fn database(name: &str, e: impl Into<redb::Error>) -> StoreError {
    StoreError::Database {
        path: name.to_string(),
        message: e.into().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tasks_survive_reopening_and_expire_by_age_and_count() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(Some(dir.path())).unwrap();
            for (i, state) in [TaskState::Done, TaskState::Done, TaskState::Queued]
                .into_iter()
                .enumerate()
            {
                let mut task = TaskRecord::queued(
                    format!("t{i}"),
                    Protocol::Monolith,
                    serde_json::json!({"code": i}),
                );
                task.state = state;
                task.created_ms = 1000 + i as u64;
                store.put(&task, true).unwrap();
            }
        }
        let store = Store::open(Some(dir.path())).unwrap();
        assert_eq!(store.len().unwrap(), 3);
        assert_eq!(store.get("t1").unwrap().unwrap().request["code"], 1);
        assert!(store.get("nope").unwrap().is_none());
        // Trimming to one keeps the newest finished task and every queued one.
        assert_eq!(store.trim(1).unwrap(), 1);
        assert!(store.get("t0").unwrap().is_none());
        assert!(store.get("t1").unwrap().is_some());
        // Expiry drops old finished tasks but never a queued one.
        assert_eq!(store.expire(u64::MAX).unwrap(), 1);
        assert_eq!(store.len().unwrap(), 1);
        assert_eq!(store.get("t2").unwrap().unwrap().state, TaskState::Queued);
    }

    #[test]
    fn results_written_without_fsync_are_read_at_once_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(Some(dir.path())).unwrap();
            for i in 0..3 {
                let mut task = TaskRecord::queued(
                    format!("sync{i}"),
                    Protocol::Fusion,
                    serde_json::json!({"code": i}),
                );
                task.state = TaskState::Done;
                store.put(&task, false).unwrap();
                assert_eq!(store.get(&task.id).unwrap().unwrap(), task);
            }
            store.checkpoint().unwrap();
        }
        let store = Store::open(Some(dir.path())).unwrap();
        assert_eq!(store.len().unwrap(), 3);
        assert_eq!(store.get("sync2").unwrap().unwrap().request["code"], 2);
    }

    #[test]
    fn an_unwritable_state_directory_is_reported_by_path() {
        let file = tempfile::NamedTempFile::new().unwrap();
        let err = Store::open(Some(&file.path().join("state"))).err().unwrap();
        assert!(err.to_string().contains("state directory"), "{err}");
    }
}
