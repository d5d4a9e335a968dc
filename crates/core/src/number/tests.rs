use super::*;
use proptest::prelude::*;

fn nsfp(text: &str) -> Nsfp {
    Nsfp::parse(text).unwrap()
}

#[test]
fn efaktur_number_from_the_spec_example() {
    // formats.md §1.10 / invoices.md §2.1: 010.000-24.00000001.
    let number = InvoiceNumber::parse("010.000-24.00000001").unwrap();
    assert_eq!(number.digits(), "0100002400000001");
    assert_eq!(number.printed(), "010.000-24.00000001");
    assert_eq!(number.kode().as_str(), "01");
    assert_eq!(number.year2(), 24);
    assert!(!number.is_replacement());
    let InvoiceNumber::Efaktur(inner) = number else {
        panic!("e-Faktur number expected")
    };
    assert_eq!(inner.nsfp().prefix(), 0);
    assert_eq!(inner.nsfp().sequence(), 1);
    assert_eq!(inner.nsfp().digits(), "0002400000001");
}

#[test]
fn efaktur_replacement_keeps_the_nsfp_and_sets_status_one() {
    let original = InvoiceNumber::parse("0100002400000001").unwrap();
    let first = original.replacement().unwrap();
    assert_eq!(first.printed(), "011.000-24.00000001");
    assert!(first.is_replacement());
    assert_eq!(
        first.replacement().unwrap(),
        first,
        "second replacement also carries 1"
    );
    assert!(original.same_serial(&first));
}

#[test]
fn coretax_number_parts_and_replacements() {
    let number = InvoiceNumber::parse("04002500000000123").unwrap();
    let InvoiceNumber::Coretax(inner) = number else {
        panic!("Coretax number expected")
    };
    assert_eq!(inner.kode().as_str(), "04");
    assert_eq!(inner.status(), 0);
    assert_eq!(inner.year2(), 25);
    assert_eq!(inner.sequence(), 123);
    let second = number.replacement().unwrap().replacement().unwrap();
    assert_eq!(second.digits(), "04022500000000123");
    assert!(second.same_serial(&number));
    let last = InvoiceNumber::parse("04992500000000123").unwrap();
    assert_eq!(last.replacement(), Err(NumberError::TooManyReplacements));
    assert_eq!(
        InvoiceNumber::parse("10002500000000001")
            .unwrap()
            .kode()
            .as_str(),
        "10"
    );
}

#[test]
fn number_refusals() {
    assert!(matches!(
        InvoiceNumber::parse("12345"),
        Err(NumberError::Shape(_))
    ));
    assert!(matches!(
        InvoiceNumber::parse("0120002400000001"),
        Err(NumberError::Status(_))
    ));
    assert!(matches!(
        InvoiceNumber::parse("1000002400000001"),
        Err(NumberError::Kode(_))
    ));
    assert!(matches!(
        InvoiceNumber::parse("1100002400000001"),
        Err(NumberError::Kode(_))
    ));
    assert!(matches!(
        InvoiceNumber::parse("0100002400000O01"),
        Err(NumberError::Shape(_))
    ));
}

#[test]
fn range_rules() {
    let ok = NsfpRange::new(nsfp("0002400000001"), nsfp("0002400000100")).unwrap();
    assert_eq!(ok.len(), 100);
    assert!(matches!(
        NsfpRange::new(nsfp("0002400000001"), nsfp("0002500000001")),
        Err(RangeError::DifferentBlock(..))
    ));
    assert!(matches!(
        NsfpRange::new(nsfp("0002400000100"), nsfp("0002400000001")),
        Err(RangeError::Reversed(..))
    ));
    assert!(NsfpRange::new(nsfp("0002400000000"), nsfp("0002400010000")).is_ok());
    assert!(matches!(
        NsfpRange::new(nsfp("0002400000000"), nsfp("0002400010001")),
        Err(RangeError::TooLarge(..))
    ));
}

#[test]
fn pool_allocates_in_order_and_takes_numbers_back() {
    let mut pool = NsfpPool::new();
    pool.register(NsfpRange::new(nsfp("0002400000001"), nsfp("0002400000003")).unwrap())
        .unwrap();
    let overlap = NsfpRange::new(nsfp("0002400000003"), nsfp("0002400000009")).unwrap();
    assert_eq!(pool.register(overlap).unwrap_err().code(), "ETAX-20016");
    assert_eq!(pool.allocate(24).unwrap(), nsfp("0002400000001"));
    assert_eq!(pool.allocate(24).unwrap(), nsfp("0002400000002"));
    assert_eq!(pool.allocate(25).unwrap_err().code(), "ETAX-20018");
    pool.release(nsfp("0002400000001")).unwrap();
    assert_eq!(
        pool.release(nsfp("0002400000001")).unwrap_err().code(),
        "FKT-2303"
    );
    assert_eq!(pool.allocate(24).unwrap(), nsfp("0002400000001"));
    assert_eq!(pool.allocate(24).unwrap(), nsfp("0002400000003"));
    assert_eq!(pool.allocate(24).unwrap_err().code(), "ETAX-20018");
    assert_eq!(
        pool.take(nsfp("0002400000002")).unwrap_err().code(),
        "ETAX-20002"
    );
    assert_eq!(
        pool.take(nsfp("0002400000099")).unwrap_err().code(),
        "ETAX-20017"
    );
    assert_eq!(pool.remaining(), 0);
}

proptest! {
    #[test]
    fn efaktur_parse_print_is_identity(kode in 1u8..=9, status in 0u8..=1, serial in 0u64..=Nsfp::MAX) {
        let digits = format!("{kode:02}{status}{serial:013}");
        let number = InvoiceNumber::parse(&digits).unwrap();
        prop_assert_eq!(number.digits(), digits.clone());
        prop_assert_eq!(InvoiceNumber::parse(&number.printed()).unwrap(), number);
    }

    #[test]
    fn coretax_parse_print_is_identity(kode in 1u8..=10, status in 0u8..=99, year in 0u8..=99, seq in 0u64..=CoretaxNumber::MAX_SEQUENCE) {
        let digits = format!("{kode:02}{status:02}{year:02}{seq:011}");
        let number = InvoiceNumber::parse(&digits).unwrap();
        prop_assert_eq!(number.digits(), digits);
        prop_assert_eq!(InvoiceNumber::parse(&number.printed()).unwrap(), number);
    }

    /// Whatever is taken and given back, the pool hands out each number at
    /// most once at a time, always the lowest free one, and loses none.
    #[test]
    fn pool_never_hands_out_a_number_twice(ops in prop::collection::vec((any::<bool>(), 0u64..40), 1..200)) {
        let mut pool = NsfpPool::new();
        let base = 2_400_000_001u64;
        pool.register(NsfpRange::new(Nsfp::from_value(base).unwrap(), Nsfp::from_value(base + 29).unwrap()).unwrap()).unwrap();
        let mut taken = std::collections::BTreeSet::new();
        for (allocate, offset) in ops {
            if allocate {
                match pool.allocate(24) {
                    Ok(n) => {
                        let lowest_free = (base..base + 30).find(|v| !taken.contains(v)).unwrap();
                        prop_assert_eq!(n.value(), lowest_free);
                        prop_assert!(taken.insert(n.value()));
                    }
                    Err(e) => prop_assert_eq!(taken.len(), 30, "{}", e),
                }
            } else {
                let n = Nsfp::from_value(base + offset).unwrap();
                let result = pool.release(n);
                if taken.remove(&n.value()) {
                    prop_assert!(result.is_ok());
                } else {
                    prop_assert!(result.is_err());
                }
            }
            prop_assert_eq!(pool.remaining(), 30 - taken.len() as u64);
        }
    }
}
