//! Undo, from a key or from the question before taking back a finalise.

use super::super::app::App;
use crate::error::Result;
use crate::i18n::{Key, t, tf};
use crate::store::Store;

/// Takes back the last change and says which.
pub fn undo(app: &mut App, store: &mut Store) -> Result<()> {
    match store.undo()? {
        Some(label) => {
            app.reload_all(store, None)?;
            app.info(tf(Key::Undone, &[&label]));
        }
        None => app.info(t(Key::NothingToUndo)),
    }
    Ok(())
}
