//! The check boxes' state: the steps ticked on this device, read from its storage (and from
//! boxes ticked on the page before the app arrived), written back on every tick.

use crate::diagnosis::{Check, Guide, Outcome, Step, Ticks};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The `id` of a step's check box.
pub fn box_id(check: &Check, step: &Step) -> String {
    format!("step-{}-{}", check.id, step.id)
}

/// This device's storage; none when rendering static pages at build time.
fn storage() -> Option<web_sys::Storage> {
    if cfg!(target_arch = "wasm32") {
        gloo::utils::window().local_storage().ok().flatten()
    } else {
        None
    }
}

/// Steps whose boxes are ticked on the page right now: on a pre-rendered page the boxes work
/// before the app has arrived (assets/boot.js starts it on the first tick), and those ticks
/// must not be lost when it takes over. None when rendering at build time.
fn ticked_on_page(checks: &[&Check]) -> Vec<String> {
    if !cfg!(target_arch = "wasm32") {
        return Vec::new();
    }
    let document = gloo::utils::document();
    let ticked = |id: &str| {
        document
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.checked())
    };
    checks
        .iter()
        .flat_map(|c| c.steps.iter().filter(|s| ticked(&box_id(c, s))).map(|s| Ticks::step_key(&c.id, &s.id)))
        .collect()
}

/// A result's ticks as the page holds them.
#[derive(Clone)]
pub struct TickState {
    /// Where this device keeps them (also told to assets/boot.js, see `StepCards`).
    pub key: String,
    ticks: UseStateHandle<Ticks>,
}

impl TickState {
    /// Whether a step is ticked.
    pub fn is_done(&self, step_key: &str) -> bool {
        self.ticks.is_done(step_key)
    }

    /// What a box does when tapped: flips its step and stores the ticks. Storage may be full or
    /// disabled; the tick still shows for this visit.
    pub fn toggle(&self, step_key: String) -> Callback<Event> {
        let (ticks, key) = (self.ticks.clone(), self.key.clone());
        Callback::from(move |_: Event| {
            let next = ticks.toggled(&step_key);
            if let Some(s) = storage() {
                let _ = s.set_item(&key, &next.to_stored());
            }
            ticks.set(next);
        })
    }
}

/// The ticks of `result`: stored ones still valid for its steps, joined by boxes ticked on the
/// page before the app took it over (and stored at once, so a reload keeps them).
#[hook]
pub fn use_ticks(guide: &'static Guide, result: &'static Outcome) -> TickState {
    let key = Ticks::storage_key(&result.id);
    let ticks = {
        let key = key.clone();
        use_state(move || {
            let store = storage();
            let stored_under = |key: &str| store.as_ref().and_then(|s| s.get_item(key).ok().flatten());
            // A renamed result's ticks may still be kept under its old id: they move to the new.
            let (stored, moved) = match stored_under(&key) {
                Some(stored) => (Some(stored), false),
                None => (guide.old_ids(result).find_map(|old| stored_under(&Ticks::storage_key(old))), true),
            };
            let restored = Ticks::restore(stored.as_deref(), guide, result);
            let on_page = ticked_on_page(&guide.checks_shown(result));
            let ticks = restored.with_done(on_page.iter().map(String::as_str));
            if ticks != restored || (moved && stored.is_some()) {
                if let Some(s) = store {
                    let _ = s.set_item(&key, &ticks.to_stored());
                }
            }
            ticks
        })
    };
    TickState { key, ticks }
}
