//! The browser entry point: renders [`App`] into `#app`, and turns any panic into a readable
//! message instead of a dead page.

use myna_diagnosis::app::App;

fn main() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(info.to_string());
        show_panic_page();
    }));
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_text_content(None);
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// Replaces the page with a static message; built from text nodes only (no HTML parsing).
fn show_panic_page() {
    let document = gloo::utils::document();
    let Some(body) = document.body() else { return };
    body.set_text_content(None);
    let add = |tag: &str, text: &str| {
        if let Ok(el) = document.create_element(tag) {
            el.set_text_content(Some(text));
            let _ = body.append_child(&el);
        }
    };
    add("h1", "エラーが起きました");
    add("p", "申し訳ありません。画面を表示できなくなりました。ページを再読み込みするか、最初からやり直してください。");
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", "./");
        link.set_text_content(Some("最初からやり直す"));
        let _ = body.append_child(&link);
    }
}
