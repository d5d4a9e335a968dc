use super::*;

fn books() -> Accounts {
    Accounts::open(None).unwrap()
}

const PW: &str = "correct horse battery";

#[test]
fn a_user_signs_in_with_the_right_password_only() {
    let a = books();
    let u = a.create_user("Siti", "Siti A.", PW, false, 0).unwrap();
    assert_eq!(u.login, "siti");
    assert_eq!(a.sign_in("SITI", PW, 1).unwrap().id, u.id);
    assert_eq!(a.sign_in("siti", "wrong password!", 2), Err(Refusal::Wrong));
    assert_eq!(a.sign_in("nobody", PW, 3), Err(Refusal::Wrong));
    assert!(matches!(
        a.create_user("siti", "", PW, false, 0),
        Err(Invalid::Field("login", _))
    ));
    assert!(matches!(
        a.create_user("budi", "", "short", false, 0),
        Err(Invalid::Field("password", _))
    ));
}

#[test]
fn sign_ins_are_throttled_per_name_then_released() {
    let a = books();
    a.create_user("budi", "", PW, false, 0).unwrap();
    for t in 0..THROTTLE_FAILURES {
        assert_eq!(
            a.sign_in("budi", "not the password", t),
            Err(Refusal::Wrong)
        );
    }
    // Even the right password waits out the window.
    assert_eq!(a.sign_in("budi", PW, 10), Err(Refusal::Throttled));
    assert!(a.sign_in("budi", PW, THROTTLE_WINDOW_MS + 10).is_ok());
}

#[test]
fn sessions_carry_the_role_of_their_company() {
    let a = books();
    let u = a.create_user("ani", "", PW, false, 0).unwrap();
    a.grant(u.id, "0013121660091000", Role::Maker).unwrap();
    let (secret, csrf) = a.start_session(u.id, Some("0013121660091000"), 0).unwrap();
    let grant = a.session(&secret, 1).unwrap().unwrap();
    assert_eq!(grant.role, Some(Role::Maker));
    assert_eq!(grant.via, Via::Session { csrf });
    // Expired, unknown, or the role taken away: no company.
    assert!(a.session(&secret, SESSION_MS + 1).unwrap().is_none());
    assert!(a.session("guess", 1).unwrap().is_none());
    a.revoke(u.id, "0013121660091000").unwrap();
    let grant = a.session(&secret, 1).unwrap().unwrap();
    assert_eq!((grant.company, grant.role), (None, None));
    a.end_session(&secret).unwrap();
    assert!(a.session(&secret, 1).unwrap().is_none());
}

#[test]
fn tokens_are_hashed_capped_by_their_creator_and_revocable() {
    let a = books();
    let u = a.create_user("ops", "", PW, false, 0).unwrap();
    let company = "0013121660091000";
    a.grant(u.id, company, Role::Approver).unwrap();
    let (id, secret) = a
        .create_token(u.id, company, Role::Admin, "erp", 5)
        .unwrap();
    assert!(secret.starts_with("fkt_") && secret.len() == 68);
    let grant = a.token(&secret).unwrap().unwrap();
    assert_eq!(grant.role, Some(Role::Approver), "never above its creator");
    assert_eq!(grant.via, Via::Token { id });
    let listed = a.tokens(company).unwrap();
    assert_eq!(listed.len(), 1);
    assert!(!format!("{listed:?}").contains(&secret[4..]));
    assert!(
        !a.revoke_token("0000000000000000", id, 6).unwrap(),
        "other company"
    );
    assert!(a.revoke_token(company, id, 6).unwrap());
    assert!(a.token(&secret).unwrap().is_none());
}
