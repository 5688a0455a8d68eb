//! The steps a person has ticked on a result, as remembered on their device.
//!
//! Stored values outlive the data they were made with and can be damaged by anything, so
//! reading them never fails: a value that is corrupt, from another data version, or names steps
//! that no longer exist simply yields fewer ticks.

use super::model::{Guide, Outcome};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Ticked steps of one result, each as `<check-id>/<step-id>`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Ticks {
    /// The data version (`meta.version`) the ticks were made with.
    v: u32,
    /// Ticked step keys.
    done: BTreeSet<String>,
}

impl Ticks {
    /// The device-storage key for a result's ticks.
    pub fn storage_key(result_id: &str) -> String {
        format!("myna-diagnosis/ticks/{result_id}")
    }

    /// The key of one step within a result.
    pub fn step_key(check_id: &str, step_id: &str) -> String {
        format!("{check_id}/{step_id}")
    }

    /// Reads a stored value, keeping only ticks that still name a step of `result` in this
    /// data version. Anything unreadable gives no ticks.
    pub fn restore(stored: Option<&str>, guide: &Guide, result: &Outcome) -> Ticks {
        let empty = Ticks { v: guide.meta.version, done: BTreeSet::new() };
        let Some(parsed) = stored.and_then(|s| serde_json::from_str::<Ticks>(s).ok()) else {
            return empty;
        };
        if parsed.v != guide.meta.version {
            return empty;
        }
        let valid: BTreeSet<String> = guide
            .checks_shown(result)
            .into_iter()
            .flat_map(|c| c.steps.iter().map(move |s| Ticks::step_key(&c.id, &s.id)))
            .collect();
        Ticks { v: parsed.v, done: parsed.done.intersection(&valid).cloned().collect() }
    }

    /// Whether a step is ticked.
    pub fn is_done(&self, step_key: &str) -> bool {
        self.done.contains(step_key)
    }

    /// The same ticks with one step flipped.
    pub fn toggled(&self, step_key: &str) -> Ticks {
        let mut next = self.clone();
        if !next.done.remove(step_key) {
            next.done.insert(step_key.to_string());
        }
        next
    }

    /// The same ticks with these steps ticked too (boxes ticked on the page before the app
    /// could store them).
    pub fn with_done<'k>(&self, step_keys: impl IntoIterator<Item = &'k str>) -> Ticks {
        let mut next = self.clone();
        next.done.extend(step_keys.into_iter().map(str::to_string));
        next
    }

    /// The value to store.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
