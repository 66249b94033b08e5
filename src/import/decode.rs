//! Text files as units send them: UTF-8 with or without a BOM, UTF-16 with
//! a BOM, or GB18030/GBK as Chinese Windows saves them — found out, or named.

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use crate::error::FileProblem;

/// Decoded text and the name of the encoding it was in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// The encoding a name stands for (`utf-8`, `gbk`, `gb18030`, `utf-16le` …).
pub fn encoding_for(name: &str) -> Option<&'static Encoding> {
    Encoding::for_label(name.trim().as_bytes())
}

/// A control character that text does not have. Escape, bell and
/// backspace are not counted: text copied from a terminal carries them, and
/// it is still text (shown, never obeyed).
fn binary_control(c: char) -> bool {
    c.is_control()
        && !matches!(
            c,
            '\t' | '\n' | '\r' | '\u{c}' | '\u{1b}' | '\u{7}' | '\u{8}'
        )
}

/// NUL bytes, or many control characters that text never has.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && binary_control(char::from(b)))
        .count();
    sample.contains(&0) || controls * 20 > sample.len().max(1)
}

/// Decodes strictly: a byte sequence the encoding cannot read is an error
/// (naming where), never a replacement character in the stored text.
fn strict(bytes: &[u8], encoding: &'static Encoding) -> Result<String, FileProblem> {
    if encoding == UTF_8 {
        return String::from_utf8(bytes.to_vec()).map_err(|e| FileProblem::NotUtf8 {
            at: e.utf8_error().valid_up_to(),
        });
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(FileProblem::BadEncoding(encoding.name()));
    }
    Ok(text.into_owned())
}

/// Decodes a submission: the named encoding if given; else by its BOM;
/// else UTF-8 if it is valid UTF-8; else what a detector finds (for Chinese,
/// GBK, read as its superset GB18030).
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, FileProblem> {
    let (encoding, body) = match (forced, Encoding::for_bom(bytes)) {
        (Some(e), Some((bom, len))) if e == bom => (e, &bytes[len..]),
        (Some(e), _) => (e, bytes),
        (None, Some((bom, len))) => (bom, &bytes[len..]),
        (None, None) => {
            if looks_binary(bytes) {
                return Err(FileProblem::Binary);
            }
            if std::str::from_utf8(bytes).is_ok() {
                (UTF_8, bytes)
            } else {
                let mut detector =
                    chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                detector.feed(bytes, true);
                // Submissions are Chinese: the .cn top-level domain tells
                // the detector so, which settles GBK against Big5 and Shift_JIS.
                let guess = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Deny);
                // GBK files often hold GB18030-only characters; the superset reads both.
                let guess = if guess == encoding_rs::GBK {
                    GB18030
                } else {
                    guess
                };
                (guess, bytes)
            }
        }
    };
    if encoding != UTF_16LE && encoding != UTF_16BE && looks_binary(body) {
        return Err(FileProblem::Binary);
    }
    let text = strict(body, encoding)?;
    if text.chars().filter(|&c| binary_control(c)).count() * 20 > text.chars().count().max(1) {
        return Err(FileProblem::Binary);
    }
    Ok(Decoded {
        text,
        encoding: encoding.name(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "矿山街道优化卫生环境\r\n一是认真部署，组织全民参与。（矿山街道）\r\n";

    fn enc(e: &'static Encoding, s: &str) -> Vec<u8> {
        e.encode(s).0.into_owned()
    }

    #[test]
    fn the_encodings_units_send() {
        assert_eq!(
            decode(TEXT.as_bytes(), None).unwrap(),
            Decoded {
                text: TEXT.into(),
                encoding: "UTF-8"
            }
        );
        let bom = [b"\xEF\xBB\xBF".as_slice(), TEXT.as_bytes()].concat();
        assert_eq!(decode(&bom, None).unwrap().text, TEXT);
        let gbk = enc(GB18030, TEXT);
        assert_eq!(
            decode(&gbk, None).unwrap(),
            Decoded {
                text: TEXT.into(),
                encoding: "gb18030"
            }
        );
        let mut le = vec![0xFF, 0xFE];
        le.extend(TEXT.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(
            decode(&le, None).unwrap(),
            Decoded {
                text: TEXT.into(),
                encoding: "UTF-16LE"
            }
        );
        let mut be = vec![0xFE, 0xFF];
        be.extend(TEXT.encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&be, None).unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn a_named_encoding_is_obeyed_and_checked() {
        let gbk = enc(GB18030, TEXT);
        assert_eq!(decode(&gbk, encoding_for("gbk")).unwrap().text, TEXT);
        let err = decode(&gbk, encoding_for("utf-8")).unwrap_err();
        assert!(matches!(err, FileProblem::NotUtf8 { at: 0 }), "{err}");
        assert!(encoding_for("no-such").is_none());
    }

    #[test]
    fn what_is_not_text_is_refused_not_stored_as_mojibake() {
        assert!(decode(b"PK\x03\x04\x00\x00\x08\x00", None).is_err());
        assert!(decode(&[0x01, 0x02, 0x03, 0x1b, b'a'], None).is_err());
        // UTF-8 with a BOM but broken inside.
        let broken = [
            b"\xEF\xBB\xBF".as_slice(),
            "标题".as_bytes(),
            b"\xFF\xFE",
            "正文".as_bytes(),
        ]
        .concat();
        let err = decode(&broken, None).unwrap_err();
        assert!(matches!(err, FileProblem::NotUtf8 { at: 6 }), "{err}");
        // UTF-16 with an unpaired surrogate.
        let bad16 = [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00];
        assert!(decode(&bad16, None).is_err());
        assert_eq!(decode(b"", None).unwrap().text, "");
    }
}
