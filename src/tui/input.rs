//! A one-line text field: the text, a caret, and the edits a keyboard makes.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    pub text: String,
    /// Byte offset of the caret, always on a character boundary.
    pub caret: usize,
}

impl TextInput {
    pub fn new(text: &str) -> TextInput {
        TextInput {
            text: text.to_string(),
            caret: text.len(),
        }
    }

    /// The text before the caret, to place the terminal cursor after it.
    pub fn before_caret(&self) -> &str {
        &self.text[..self.caret]
    }

    pub fn insert(&mut self, s: &str) {
        // A field is one line: pasted line breaks become spaces.
        let clean: String = s
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        self.text.insert_str(self.caret, &clean);
        self.caret += clean.len();
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.caret]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.caret..]
            .chars()
            .next()
            .map_or(self.caret, |c| self.caret + c.len_utf8())
    }

    /// Applies an editing key; returns false for keys it does not handle.
    pub fn handle(&mut self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('a') if ctrl => self.caret = 0,
            KeyCode::Char('e') if ctrl => self.caret = self.text.len(),
            KeyCode::Char('u') if ctrl => {
                self.text.drain(..self.caret);
                self.caret = 0;
            }
            KeyCode::Char('k') if ctrl => self.text.truncate(self.caret),
            KeyCode::Char(c) if !ctrl => {
                let mut b = [0; 4];
                self.insert(c.encode_utf8(&mut b));
            }
            KeyCode::Backspace if self.caret > 0 => {
                let at = self.prev_boundary();
                self.text.replace_range(at..self.caret, "");
                self.caret = at;
            }
            KeyCode::Delete if self.caret < self.text.len() => {
                let end = self.next_boundary();
                self.text.replace_range(self.caret..end, "");
            }
            KeyCode::Left => self.caret = self.prev_boundary(),
            KeyCode::Right => self.caret = self.next_boundary(),
            KeyCode::Home => self.caret = 0,
            KeyCode::End => self.caret = self.text.len(),
            KeyCode::Backspace | KeyCode::Delete => {}
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(input: &mut TextInput, code: KeyCode) {
        input.handle(&KeyEvent::new(code, KeyModifiers::NONE));
    }

    #[test]
    fn editing_chinese_moves_by_whole_characters() {
        let mut input = TextInput::new("上街");
        press(&mut input, KeyCode::Left);
        assert_eq!(input.before_caret(), "上");
        input.insert("区");
        assert_eq!(input.text, "上区街");
        press(&mut input, KeyCode::Backspace);
        press(&mut input, KeyCode::Backspace);
        assert_eq!((input.text.as_str(), input.caret), ("街", 0));
        press(&mut input, KeyCode::Backspace);
        press(&mut input, KeyCode::Delete);
        assert_eq!(input.text, "");
        input.insert("a\nb");
        assert_eq!(input.text, "a b");
        press(&mut input, KeyCode::Home);
        press(&mut input, KeyCode::Char('x'));
        assert_eq!(input.text, "xa b");
    }
}
