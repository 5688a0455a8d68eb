//! References between the guide's items, proven once when the guide is loaded.
//!
//! In the JSON a result names its checks, an answer the question it leads to, a step the phone
//! to call, all by slug. Each such slug is read into a [`Ref`], and loading the guide resolves
//! every `Ref` to the position of the item it names, or fails with a [`DataError`] naming the
//! item and field. A loaded guide therefore has no dangling reference, [`Guide::get`] always
//! finds what it is asked for, and nothing above the core handles "missing": this module is the
//! only place that knows what a dangling id looks like.

use super::error::DataError;
use super::model::{Cause, Check, Guide, Next, Outcome, Phone, Question, Scene};
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::marker::PhantomData;

/// An item of the guide that others refer to by its slug.
pub trait Item: Sized {
    /// What the data calls this kind of item, for error messages (`unknown check "…"`).
    const KIND: &'static str;
    /// Its slug.
    fn slug(&self) -> &str;
    /// Every item of this kind in the guide.
    fn all(guide: &Guide) -> &[Self];
    /// The slugs of every item of this kind, in order.
    fn slugs(slugs: &Slugs) -> &[String];
}

/// The slugs of the items references point to, in order: what resolving matches against while
/// the guide itself is being written.
pub struct Slugs {
    questions: Vec<String>,
    results: Vec<String>,
    causes: Vec<String>,
    checks: Vec<String>,
    phones: Vec<String>,
    scenes: Vec<String>,
}

macro_rules! items {
    ($($type:ty => $kind:literal, $field:ident;)*) => {$(
        impl Item for $type {
            const KIND: &'static str = $kind;
            fn slug(&self) -> &str {
                &self.id
            }
            fn all(guide: &Guide) -> &[Self] {
                &guide.$field
            }
            fn slugs(slugs: &Slugs) -> &[String] {
                &slugs.$field
            }
        }
    )*};
}

items! {
    Question => "question", questions;
    Outcome => "result", results;
    Cause => "cause", causes;
    Check => "check", checks;
    Phone => "phone", phones;
    Scene => "scene", scenes;
}

/// A reference to an item of kind `T` by its slug. Only deserialising makes one, and loading the
/// guide resolves it, so every `Ref` in a [`Guide`] names an item that exists.
pub struct Ref<T> {
    slug: String,
    /// The item's position in [`Item::all`]; set by [`Guide::resolve_references`].
    index: usize,
    kind: PhantomData<fn() -> T>,
}

impl<T> Ref<T> {
    /// The slug as the data writes it.
    pub fn as_str(&self) -> &str {
        &self.slug
    }
}

impl<T: Item> Ref<T> {
    /// Whether this is a reference to `item`.
    pub fn is(&self, item: &T) -> bool {
        self.slug == item.slug()
    }

    /// Finds the item named, or says which one is missing.
    fn resolve(&mut self, slugs: &Slugs, item: &str, field: String) -> Result<(), DataError> {
        self.index = position(T::slugs(slugs), &self.slug, T::KIND, item, field)?;
        Ok(())
    }
}

// Not generic, so that the browser's copy of it is one function rather than one per kind.
fn position(slugs: &[String], slug: &str, kind: &str, item: &str, field: String) -> Result<usize, DataError> {
    slugs
        .iter()
        .position(|s| s == slug)
        .ok_or_else(|| DataError::new(item, field, format!("unknown {kind} \"{slug}\"")))
}

// By hand rather than derived: a derive would ask `T` for the same traits, which the phantom
// kind does not need.
impl<T> Clone for Ref<T> {
    fn clone(&self) -> Self {
        Ref { slug: self.slug.clone(), index: self.index, kind: PhantomData }
    }
}

impl<T> PartialEq for Ref<T> {
    fn eq(&self, other: &Self) -> bool {
        self.slug == other.slug
    }
}

impl<T> Eq for Ref<T> {}

impl<T> PartialEq<&str> for Ref<T> {
    fn eq(&self, slug: &&str) -> bool {
        self.slug == *slug
    }
}

// Reads as its slug, for links, keys and messages.
impl<T> std::ops::Deref for Ref<T> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.slug
    }
}

impl<T> fmt::Debug for Ref<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.slug, f)
    }
}

impl<T> fmt::Display for Ref<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.slug)
    }
}

impl<T> Ref<T> {
    /// Reads a list of references as a list of strings: one reader for every kind, where
    /// `Vec<Ref<T>>` would make the browser's code carry one per kind.
    pub(super) fn list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Ref<T>>, D::Error> {
        let slugs = Vec::<String>::deserialize(deserializer)?;
        Ok(slugs.into_iter().map(|slug| Ref { slug, index: usize::MAX, kind: PhantomData }).collect())
    }
}

impl<'de, T> Deserialize<'de> for Ref<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `usize::MAX` until resolved: a guide is only handed out after `resolve` has run.
        Ok(Ref { slug: String::deserialize(deserializer)?, index: usize::MAX, kind: PhantomData })
    }
}

impl Guide {
    /// The item a reference names. Total: loading the guide proved that it exists.
    pub fn get<T: Item>(&self, reference: &Ref<T>) -> &T {
        &T::all(self)[reference.index]
    }

    /// The item with this slug, for slugs from outside the data (a link, a test).
    pub fn named<T: Item>(&self, slug: &str) -> Option<&T> {
        T::all(self).iter().find(|t| t.slug() == slug)
    }

    /// Resolves every reference in the guide, or names the first that is dangling. Run on every
    /// load, also in the browser: it is a few hundred lookups, and it is what makes
    /// [`Guide::get`] total.
    pub(super) fn resolve_references(&mut self) -> Result<(), DataError> {
        // The lists that references point into hold references themselves, and are being written.
        fn of<T: Item>(items: &[T]) -> Vec<String> {
            items.iter().map(|t| t.slug().to_string()).collect()
        }
        let lists = Slugs {
            questions: of(&self.questions),
            results: of(&self.results),
            causes: of(&self.causes),
            checks: of(&self.checks),
            phones: of(&self.phones),
            scenes: of(&self.scenes),
        };
        let meta = &mut self.meta;
        meta.start.resolve(&lists, "meta", "start".into())?;
        meta.fallback.resolve(&lists, "meta", "fallback".into())?;
        meta.counter.resolve(&lists, "meta", "counter".into())?;
        for s in &mut self.scenes {
            let item = format!("scene \"{}\"", s.id);
            resolve_all(&mut s.causes, &lists, &item, "causes")?;
            s.first_check.resolve(&lists, &item, "first_check".into())?;
        }
        for q in &mut self.questions {
            let item = format!("question \"{}\"", q.id);
            for (i, a) in q.answers.iter_mut().enumerate() {
                if let Some(scene) = &mut a.scene {
                    scene.resolve(&lists, &item, format!("answers[{i}].scene"))?;
                }
                let field = format!("answers[{i}].next");
                let leads = match &mut a.next {
                    Next::Question(id) => id.resolve(&lists, &item, field),
                    Next::Result(id) => id.resolve(&lists, &item, field),
                };
                leads.map_err(|e| {
                    DataError::new(e.item, e.field, format!("answer \"{}\" leads to {}", a.id, e.problem))
                })?;
            }
        }
        for r in &mut self.results {
            let item = format!("result \"{}\"", r.id);
            resolve_all(&mut r.causes, &lists, &item, "causes")?;
            resolve_all(&mut r.checks, &lists, &item, "checks")?;
            resolve_all(&mut r.more, &lists, &item, "more")?;
        }
        for c in &mut self.checks {
            for (i, s) in c.steps.iter_mut().enumerate() {
                if let Some(phone) = &mut s.call {
                    phone.resolve(&lists, &format!("check \"{}\"", c.id), format!("steps[{i}].call"))?;
                }
            }
        }
        resolve_all(&mut self.contacts.phones, &lists, "contacts", "phones")?;
        for group in &mut self.index.groups {
            resolve_all(&mut group.results, &lists, &format!("index group \"{}\"", group.id), "results")?;
        }
        for (old, new) in &mut self.aliases {
            new.resolve(&lists, &format!("alias \"{old}\""), "target".into())?;
        }
        Ok(())
    }
}

fn resolve_all<T: Item>(refs: &mut [Ref<T>], slugs: &Slugs, item: &str, field: &str) -> Result<(), DataError> {
    refs.iter_mut().enumerate().try_for_each(|(i, r)| r.resolve(slugs, item, format!("{field}[{i}]")))
}
