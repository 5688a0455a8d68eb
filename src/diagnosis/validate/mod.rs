//! Checks that the guide is whole: every reference resolves, every result is reachable, and the
//! questions form a tree (so a question's link alone says which answers led to it).

use super::error::DataError;
use super::model::Guide;

mod contents;
mod flow;
mod ids;
mod index;
mod references;
mod sources;

pub use index::{max_heard_chars, MAX_HEARD};
pub use sources::is_official_source;

/// The longest chain of questions; a flow deeper than this would not fit the one-question-per-screen promise.
pub const MAX_DEPTH: usize = 12;

/// The most numbered step cards a result may have; rarer checks go under `more`, folded away.
pub const MAX_NUMBERED_STEPS: usize = 7;

impl Guide {
    /// Returns the first problem found, naming the item and field, or `Ok` when the guide is whole.
    pub fn validate(&self) -> Result<(), DataError> {
        self.check_ids()?;
        self.check_references()?;
        self.check_contents()?;
        self.check_flow()?;
        self.check_index()?;
        self.check_moved_answers()?;
        Ok(())
    }
}
