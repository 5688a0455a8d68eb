//! The browser entry point. Takes over the pre-rendered page when it was rendered for this very
//! path (hydration), otherwise renders into `#app`; and turns any panic into a readable message
//! instead of a dead page.

use myna_diagnosis::app::{App, AppProps};
use myna_diagnosis::components::in_next_task;

fn main() {
    myna_diagnosis::crash::install_panic_hook();
    // The module is instantiated in this task, the embedded guide is parsed in the next, and
    // the page is taken over in the one after.
    in_next_task(|| {
        let _ = myna_diagnosis::diagnosis::guide();
        in_next_task(start);
    });
}

fn start() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app") else {
        yew::Renderer::<App>::with_props(AppProps::default()).render();
        return;
    };
    #[cfg(feature = "hydration")]
    if rendered_for_this_path(&root) {
        yew::Renderer::<App>::with_root_and_props(root, AppProps { hydrating: true }).hydrate();
        return;
    }
    // 404.html (any unknown link) or a page without pre-rendered markup: render afresh.
    root.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(root, AppProps::default()).render();
}

/// Whether `#app` holds markup rendered for the current path (`data-page`, from the app's base).
#[cfg(feature = "hydration")]
fn rendered_for_this_path(root: &web_sys::Element) -> bool {
    let Some(page) = root.get_attribute("data-page") else { return false };
    let document = gloo::utils::document();
    let base = document
        .base_uri()
        .ok()
        .flatten()
        .and_then(|b| web_sys::Url::new(&b).ok())
        .map(|u| u.pathname())
        .unwrap_or_else(|| "/".to_string());
    let path = gloo::utils::window().location().pathname().unwrap_or_default();
    let from_base = path.strip_prefix(base.trim_end_matches('/')).unwrap_or(&path);
    from_base == page
}
