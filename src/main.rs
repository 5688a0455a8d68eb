//! The browser entry point, run by `assets/boot.js` when the page needs the app. Takes over the
//! pre-rendered page when it was rendered for this very path (hydration), otherwise renders into
//! `#app`; and turns any panic into a readable message instead of a dead page.

use myna_diagnosis::app::App;
use myna_diagnosis::components::in_next_task;
use myna_diagnosis::diagnosis::Lang;

fn main() {
    myna_diagnosis::crash::install_panic_hook();
    // The module is instantiated in this task, the embedded guide is parsed in the next, and
    // the page is taken over in the one after.
    in_next_task(|| {
        let _ = myna_diagnosis::diagnosis::guide(page_lang());
        in_next_task(start);
    });
}

/// The language of the page's path (`/en/…`), from the app's base.
fn page_lang() -> Lang {
    let path = gloo::utils::window().location().pathname().unwrap_or_default();
    let base = yew_router::utils::base_url().unwrap_or_default();
    Lang::of_path(path.strip_prefix(&base).unwrap_or(&path)).0
}

fn start() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(myna_diagnosis::contract::ROOT) else {
        yew::Renderer::<App>::new().render();
        return;
    };
    // boot.js leaves `data-page` on `#app` only when the markup was rendered for this very path.
    #[cfg(feature = "hydration")]
    if root.has_attribute(myna_diagnosis::contract::PAGE) {
        yew::Renderer::<App>::with_root(root).hydrate();
        return;
    }
    // 404.html (any unknown link) or a page without pre-rendered markup: render afresh.
    root.set_text_content(None);
    yew::Renderer::<App>::with_root(root).render();
}
