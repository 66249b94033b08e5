//! Who wrote, reviewed and signed off a submission, and how to reach them:
//! the details a 报送单 or a credits line carries. They are data for the
//! desk, never print.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contributors {
    /// 撰稿, 执笔, 供稿, 通讯员.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// 审核, 审稿.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// 签发.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<String>,
    /// 联系人.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// 联系电话, 电话, 手机.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// One of the fields of [`Contributors`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Author,
    Reviewer,
    Signer,
    Contact,
    Phone,
}

impl Contributors {
    pub fn is_empty(&self) -> bool {
        self.fields().all(|(_, v)| v.is_none())
    }

    pub fn get(&self, role: Role) -> Option<&str> {
        self.slot(role).as_deref()
    }

    fn slot(&self, role: Role) -> &Option<String> {
        match role {
            Role::Author => &self.author,
            Role::Reviewer => &self.reviewer,
            Role::Signer => &self.signer,
            Role::Contact => &self.contact,
            Role::Phone => &self.phone,
        }
    }

    /// Records `value` for `role`; a second value for the same role (two
    /// authors on two lines) is added after the first.
    pub fn add(&mut self, role: Role, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let slot = match role {
            Role::Author => &mut self.author,
            Role::Reviewer => &mut self.reviewer,
            Role::Signer => &mut self.signer,
            Role::Contact => &mut self.contact,
            Role::Phone => &mut self.phone,
        };
        match slot {
            Some(old) if old != value => {
                old.push(' ');
                old.push_str(value);
            }
            Some(_) => {}
            None => *slot = Some(value.to_string()),
        }
    }

    /// Each role with its value, in the order a form lists them.
    pub fn fields(&self) -> impl Iterator<Item = (Role, Option<&str>)> {
        Role::ALL.into_iter().map(|r| (r, self.get(r)))
    }
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Author,
        Role::Reviewer,
        Role::Signer,
        Role::Contact,
        Role::Phone,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_keeps_both_values_once() {
        let mut c = Contributors::default();
        assert!(c.is_empty());
        c.add(Role::Author, " 王芳 ");
        c.add(Role::Author, "王芳");
        c.add(Role::Author, "李明");
        c.add(Role::Phone, "  ");
        assert_eq!(c.author.as_deref(), Some("王芳 李明"));
        assert_eq!(c.phone, None);
        assert!(!c.is_empty());
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, r#"{"author":"王芳 李明"}"#);
    }
}
