//! Undo, from a key or from the question before taking back a finalise.

use super::super::app::App;
use crate::error::Result;
use crate::i18n::{Key, t, tf};
use crate::store::Store;

/// Takes back the last change and says which.
pub fn undo(app: &mut App, store: &mut Store) -> Result<()> {
    // Read before undoing: the step is gone from the history after.
    let touched = store.undo_items()?;
    match store.undo()? {
        Some(label) => {
            app.reload_all(store, None)?;
            // The next key should act on what came back, not on the row
            // that slid into its place.
            if let Some(&id) = touched.first() {
                app.queue.select(id);
                app.assembly.select_item(id);
                let height = super::list_height(app, super::super::state::Pane::Queue);
                app.queue.scroll_to_selection(height);
            }
            app.info(tf(Key::Undone, &[&label]));
        }
        None => app.info(t(Key::NothingToUndo)),
    }
    Ok(())
}
