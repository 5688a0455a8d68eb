//! Ids: unique slugs in each collection, aliases that are not current ids, moved answers that
//! point at paths of the flow.

use crate::diagnosis::error::DataError;
use crate::diagnosis::link::{is_slug, Answers};
use crate::diagnosis::model::Guide;
use crate::diagnosis::walk::End;
use std::collections::BTreeSet;

impl Guide {
    pub(crate) fn check_ids(&self) -> Result<(), DataError> {
        let collections: [(&str, Vec<&str>); 7] = [
            ("scene", self.scenes.iter().map(|s| s.id.as_str()).collect()),
            ("question", self.questions.iter().map(|q| q.id.as_str()).collect()),
            ("cause", self.causes.iter().map(|c| c.id.as_str()).collect()),
            ("check", self.checks.iter().map(|c| c.id.as_str()).collect()),
            ("fact", self.facts.iter().map(|f| f.id.as_str()).collect()),
            ("phone", self.phones.iter().map(|p| p.id.as_str()).collect()),
            ("result", self.results.iter().map(|r| r.id.as_str()).collect()),
        ];
        for (kind, ids) in &collections {
            unique_slugs(ids, |id| format!("{kind} \"{id}\""), "id")?;
        }
        for q in &self.questions {
            let ids: Vec<&str> = q.answers.iter().map(|a| a.id.as_str()).collect();
            unique_slugs(&ids, |_| format!("question \"{}\"", q.id), "answers")?;
        }
        for c in &self.checks {
            let ids: Vec<&str> = c.steps.iter().map(|s| s.id.as_str()).collect();
            unique_slugs(&ids, |_| format!("check \"{}\"", c.id), "steps")?;
        }
        for old in self.aliases.keys() {
            let item = format!("alias \"{old}\"");
            if !is_slug(old) {
                return Err(DataError::new(item, "name", "must be a slug of a-z, 0-9 and -"));
            }
            if self.result(old).is_some() {
                return Err(DataError::new(item, "name", "is the id of a current result"));
            }
        }
        Ok(())
    }

    /// Each moved start no longer leads to a result (links through it would need no move);
    /// where it starts now is a path of the flow.
    pub(super) fn check_moved_answers(&self) -> Result<(), DataError> {
        for (old, new) in &self.moved_answers {
            let item = format!("moved answers \"{old}\"");
            // Both sides are paths of answer ids as a link carries them.
            let walked = |path: &str| path.parse::<Answers>().ok().and_then(|a| self.walk(&a.0).ok().map(|w| w.end));
            if matches!(walked(old), Some(End::Show(_))) {
                return Err(DataError::new(item, "name", "still leads to a result: links with it need no move"));
            }
            if walked(new).is_none() {
                return Err(DataError::new(item, "target", format!("\"{new}\" is not a path of the flow")));
            }
        }
        Ok(())
    }
}

pub(super) fn unique_slugs(ids: &[&str], item: impl Fn(&str) -> String, field: &str) -> Result<(), DataError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !is_slug(id) {
            return Err(DataError::new(item(id), field, format!("\"{id}\" must be a slug of a-z, 0-9 and -")));
        }
        if !seen.insert(*id) {
            return Err(DataError::new(item(id), field, format!("duplicate id \"{id}\"")));
        }
    }
    Ok(())
}
