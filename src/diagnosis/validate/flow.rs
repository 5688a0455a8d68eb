//! The flow: every result reachable, questions forming a tree no deeper than [`super::MAX_DEPTH`],
//! and every result met at the reception desk offering the desk view.

use super::MAX_DEPTH;
use crate::diagnosis::error::DataError;
use crate::diagnosis::model::{Guide, Next};
use std::collections::{BTreeMap, BTreeSet};

impl Guide {
    /// Walks the flow from the start: no cycles, no question reached twice, nothing unreachable.
    pub(super) fn check_flow(&self) -> Result<(), DataError> {
        let mut parent: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
        let mut reached_results = BTreeSet::new();
        let start = self.get(&self.meta.start);
        let mut stack = vec![(start, vec![start.id.as_str()])];
        while let Some((q, path)) = stack.pop() {
            let qid = q.id.as_str();
            if path.len() > MAX_DEPTH {
                return Err(DataError::new(
                    format!("question \"{qid}\""),
                    "answers",
                    format!("is more than {MAX_DEPTH} questions deep"),
                ));
            }
            for (i, a) in q.answers.iter().enumerate() {
                match &a.next {
                    Next::Result(rid) => {
                        reached_results.insert(rid.as_str());
                    }
                    Next::Question(next) => {
                        let item = format!("question \"{qid}\"");
                        let field = format!("answers[{i}].next");
                        if path.contains(&next.as_str()) {
                            return Err(DataError::new(
                                item,
                                field,
                                format!("answer \"{}\" leads back to question \"{next}\" (a cycle)", a.id),
                            ));
                        }
                        if next == &self.meta.start {
                            return Err(DataError::new(
                                item,
                                field,
                                format!("answer \"{}\" leads back to the start question", a.id),
                            ));
                        }
                        if let Some((other_q, other_a)) = parent.insert(next.as_str(), (qid, a.id.as_str())) {
                            return Err(DataError::new(
                                item,
                                field,
                                format!("question \"{next}\" is also reached from question \"{other_q}\" answer \"{other_a}\"; each question must have one way in, so its link says how it was reached"),
                            ));
                        }
                        let mut deeper = path.clone();
                        deeper.push(next.as_str());
                        stack.push((self.get(next), deeper));
                    }
                }
            }
        }
        self.check_desk_scenes()?;
        for q in &self.questions {
            if !self.meta.start.is(q) && !parent.contains_key(q.id.as_str()) {
                return Err(DataError::new(
                    format!("question \"{}\"", q.id),
                    "id",
                    "is not reachable from the start question",
                ));
            }
        }
        for r in &self.results {
            if !reached_results.contains(r.id.as_str()) {
                return Err(DataError::new(
                    format!("result \"{}\"", r.id),
                    "id",
                    "is not reachable from the start question",
                ));
            }
        }
        Ok(())
    }

    /// Every result reached through a scene at the reception desk must offer the desk view: the
    /// person is standing at the counter whichever way they came, and a result's page (static,
    /// without answers) must look the same as the one the app shows at the end of a walk.
    pub(super) fn check_desk_scenes(&self) -> Result<(), DataError> {
        for answer in &self.get(&self.meta.start).answers {
            let Some(scene) = answer.scene.as_ref().map(|id| self.get(id)).filter(|s| s.desk) else {
                continue;
            };
            let mut next = vec![&answer.next];
            while let Some(n) = next.pop() {
                match n {
                    Next::Question(id) => next.extend(self.get(id).answers.iter().map(|a| &a.next)),
                    Next::Result(id) if !self.get(id).desk => {
                        return Err(DataError::new(
                            format!("result \"{id}\""),
                            "desk",
                            format!(
                                "is reached at the reception desk (scene \"{}\") but does not offer the desk view",
                                scene.id
                            ),
                        ))
                    }
                    Next::Result(_) => {}
                }
            }
        }
        Ok(())
    }
}
