//! The printed figures: one table per database and size, the targets of issue #18 beside
//! them, and how read my plan and caseloads change as the council grows.

use super::scripts::{Op, Who};

/// One row of a printed table, kept for the growth table.
pub struct Row {
    pub who: Who,
    pub op: Op,
    pub per_second: f64,
    pub p99: f64,
}

pub struct Table {
    pub rows: Vec<Row>,
    pub failed: u64,
}

pub fn line(cells: [&str; 8]) {
    let [kind, clients, per_second, p50, p99, errors, ratio, cpu] = cells;
    println!("{kind:<44} {clients:>7} {per_second:>9} {p50:>8} {p99:>8} {errors:>6} {ratio:>7} {cpu:>21}");
}

pub fn label(who: Who, op: Op) -> String {
    let role = match who {
        Who::Nobody => "bare handler",
        Who::People => "person",
        Who::Carers => "carer",
        Who::Caseworkers => "caseworker (60 people)",
        Who::Managers => "manager (600 people)",
    };
    format!("{role}: {}", op.name())
}

/// The targets of issue #18, said plainly beside the figures.
pub fn print_targets(table: &Table, bare: f64, people: usize) {
    let find = |who: Who, op: Op| table.rows.iter().find(|r| r.who == who && r.op == op);
    let verdict = |met: bool| if met { "met" } else { "MISSED" };
    if let Some(plan) = find(Who::People, Op::MyPlan) {
        let ratio = plan.per_second / bare.max(1.0);
        println!(
            "target: read my plan ≥ 0.15 × bare with p99 ≤ 25 ms: {:.3} ×, {:.1} ms — {}",
            ratio,
            plan.p99,
            verdict(ratio >= 0.15 && plan.p99 <= 25.0)
        );
    }
    // The queues' targets are set for a council of 100,000; a smaller run only shows the way.
    let size = if people >= 100_000 {
        String::new()
    } else {
        format!(" (set for 100,000 people; this run has {})", thousands(people as f64))
    };
    for (who, limit) in [(Who::Caseworkers, 20.0), (Who::Managers, 50.0)] {
        for op in [Op::Caseload, Op::ReviewQueue, Op::GoalsQueue] {
            if let Some(row) = find(who, op) {
                println!(
                    "target{size}: {} p99 ≤ {limit} ms: {:.1} ms — {}",
                    label(who, op),
                    row.p99,
                    verdict(row.p99 <= limit)
                );
            }
        }
    }
    println!(
        "errors: {}",
        if table.failed == 0 {
            "none".to_owned()
        } else {
            format!("{} — MISSED (must be 0)", table.failed)
        }
    );
}

/// Read my plan and caseloads at each size, so the cost of growth shows.
pub fn print_growth(growth: &[(usize, Vec<Row>)]) {
    println!("\nAs the council grows (req/s, p99 ms):");
    let columns = [
        (Who::People, Op::MyPlan),
        (Who::Caseworkers, Op::Caseload),
        (Who::Managers, Op::Caseload),
    ];
    print!("{:>10}", "people");
    for (who, op) in columns {
        print!(" {:>34}", label(who, op));
    }
    println!();
    for (people, rows) in growth {
        print!("{:>10}", thousands(*people as f64));
        for (who, op) in columns {
            let cell = rows
                .iter()
                .find(|r| r.who == who && r.op == op)
                .map_or("-".to_owned(), |r| {
                    format!("{}/s, {:.1} ms", thousands(r.per_second), r.p99)
                });
            print!(" {cell:>34}");
        }
        println!();
    }
}

/// 45065.2 as "45,065".
pub fn thousands(n: f64) -> String {
    let digits = format!("{:.0}", n.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn big_numbers_are_grouped_in_thousands() {
        assert_eq!(super::thousands(45_065.4), "45,065");
        assert_eq!(super::thousands(999.0), "999");
        assert_eq!(super::thousands(1_000_000.0), "1,000,000");
    }
}
