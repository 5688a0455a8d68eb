//! The index of every situation: each result in exactly one group, each with the words a person
//! has likely seen or been told.

use super::ids::unique_slugs;
use crate::diagnosis::error::DataError;
use crate::diagnosis::model::{Guide, Lang};
use std::collections::BTreeMap;

/// The most phrases a result lists as heard: more would read as a list, not a line.
pub const MAX_HEARD: usize = 4;

/// The longest a heard phrase may be, in characters of its language: a line on a phone (English
/// takes about three letters for a Japanese character; やさしい日本語 adds readings in brackets).
pub fn max_heard_chars(lang: Lang) -> usize {
    match lang {
        Lang::Ja => 40,
        Lang::Easy => 60,
        Lang::En => 120,
    }
}

impl Guide {
    pub(super) fn check_index(&self) -> Result<(), DataError> {
        for r in &self.results {
            let item = format!("result \"{}\"", r.id);
            if r.heard.is_empty() || r.heard.len() > MAX_HEARD {
                return Err(DataError::new(item, "heard", format!("must list 1 to {MAX_HEARD} phrases")));
            }
            let max = max_heard_chars(self.lang);
            for (i, phrase) in r.heard.iter().enumerate() {
                let chars = phrase.chars().count();
                if phrase.trim().is_empty() || chars > max {
                    return Err(DataError::new(
                        item,
                        format!("heard[{i}]"),
                        format!("must be 1 to {max} characters, not {chars}"),
                    ));
                }
            }
        }
        let ids: Vec<&str> = self.index.groups.iter().map(|g| g.id.as_str()).collect();
        unique_slugs(&ids, |id| format!("index group \"{id}\""), "id")?;
        let mut group_of = BTreeMap::new();
        for group in &self.index.groups {
            let item = format!("index group \"{}\"", group.id);
            if group.results.is_empty() {
                return Err(DataError::new(item, "results", "is empty"));
            }
            for (i, result) in group.results.iter().enumerate() {
                if let Some(other) = group_of.insert(result.as_str(), group.id.as_str()) {
                    return Err(DataError::new(
                        item,
                        format!("results[{i}]"),
                        format!("result \"{result}\" is already in group \"{other}\""),
                    ));
                }
            }
        }
        if let Some(r) = self.results.iter().find(|r| !group_of.contains_key(r.id.as_str())) {
            return Err(DataError::new(
                format!("result \"{}\"", r.id),
                "id",
                "is in no index group: every result is one tap from the index",
            ));
        }
        Ok(())
    }
}
