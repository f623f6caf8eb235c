//! The demo people's plans: complete and realistic, as a caseworker would write them.

use api::plan::{
    AboutMe, BudgetManagement, Contingency, DirectPayment, Need, PersonalBudget, PlanContent, Provider, Strengths,
    SupportArrangement, Wellbeing,
};

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn need(description: &str, wellbeing: &[Wellbeing], how_met: &str) -> Need {
    Need {
        description: description.into(),
        eligible: true,
        wellbeing: wellbeing.to_vec(),
        how_met: how_met.into(),
    }
}

fn support(what: &str, provider: Provider, when: &str, tenths: u32, weekly_cost_pence: i64) -> SupportArrangement {
    SupportArrangement {
        what: what.into(),
        provider,
        when: when.into(),
        tenths_of_hours_per_week: tenths,
        weekly_cost_pence: Some(weekly_cost_pence),
    }
}

fn agency(name: &str) -> Provider {
    Provider::Organisation { name: name.into() }
}

pub(super) fn margaret_plan(with_lunch_visit: bool) -> PlanContent {
    let mut support_list = vec![
        support(
            "Help to wash, dress and take my tablets",
            agency("Brightwater Home Care"),
            "Every morning, 8am",
            35,
            10_290,
        ),
        support(
            "Shopping, a hot meal and company",
            Provider::UnpaidCarer {
                name: "Helen (my daughter)".into(),
                agreed: true,
            },
            "Every evening",
            70,
            0,
        ),
    ];
    if with_lunch_visit {
        support_list.push(support(
            "A lunchtime visit to make sure I eat and drink",
            agency("Brightwater Home Care"),
            "Monday to Friday, 12:30pm",
            25,
            7_350,
        ));
    }
    let weekly = support_list.iter().filter_map(|s| s.weekly_cost_pence).sum::<i64>();
    PlanContent {
        about_me: AboutMe {
            important_to_me: "My home of 50 years, my garden, and my cat, Biscuit.".into(),
            people_important_to_me: "My daughter Helen, my grandson Josh, and my neighbour Jean.".into(),
            communication: "I hear better on my left side. Give me time to answer.".into(),
            how_to_support_me: "Remind me gently; let me do what I can myself.".into(),
            please_do: strings(&["Knock and say who you are", "Make my tea milky with no sugar"]),
            please_dont: strings(&["Rush me in the mornings", "Move things in my kitchen"]),
        },
        strengths: Strengths {
            what_i_can_do: "I can make a cup of tea, feed Biscuit and walk to the corner shop on good days.".into(),
            who_helps_me: "Helen visits every evening. Jean pops in most afternoons.".into(),
        },
        needs: vec![
            need(
                "I forget to take my tablets and sometimes to eat.",
                &[Wellbeing::Health, Wellbeing::Control],
                "A morning visit to help with tablets and breakfast.",
            ),
            need(
                "Washing and dressing are hard because of arthritis in my hands.",
                &[Wellbeing::Dignity, Wellbeing::Health],
                "Help with personal care every morning.",
            ),
        ],
        outcomes: strings(&[
            "To stay in my own home with Biscuit",
            "To keep going to the lunch club on Thursdays",
        ]),
        budget: Some(PersonalBudget {
            yearly_pence: weekly * 52,
            weekly_pence: weekly,
            council_weekly_pence: weekly - 2_500,
            contribution_weekly_pence: 2_500,
            managed_by: BudgetManagement::CouncilManaged,
            direct_payment: None,
        }),
        support: support_list,
        advice: "Age UK Northbridge runs a memory café on Tuesdays. A pill dispenser with an alarm may help.".into(),
        prevention: "An occupational therapist will visit about rails in the bathroom to prevent falls.".into(),
        contingency: Contingency {
            if_carer_ill: "Brightwater will add an evening visit; call the number below to arrange it.".into(),
            if_visit_missed: "Call Brightwater on 0808 157 0345. If nobody comes within an hour, call the council."
                .into(),
            who_to_call: "Priya Sharma, my caseworker, on 0808 157 0192.".into(),
            out_of_hours: "Emergency duty team: 0808 157 0999.".into(),
        },
        involved: strings(&["Margaret", "Helen (daughter)", "Priya Sharma (caseworker)"]),
        next_review: Some(if with_lunch_visit { "2027-10-01" } else { "2026-12-15" }.into()),
    }
}

pub(super) fn helen_plan() -> PlanContent {
    PlanContent {
        about_me: AboutMe {
            important_to_me: "Keeping my job at the library and some time for myself.".into(),
            how_to_support_me: "Text me first; I cannot take calls at work.".into(),
            ..AboutMe::default()
        },
        strengths: Strengths {
            what_i_can_do: "I know Mum's routines and what settles her.".into(),
            who_helps_me: "My son Josh helps at weekends.".into(),
        },
        needs: vec![need(
            "I am tired and have no breaks from caring.",
            &[Wellbeing::Health, Wellbeing::Participation],
            "A carer's break: a sitter one evening a week, and a carers' group.",
        )],
        outcomes: strings(&["To have one evening a week that is mine"]),
        support: vec![support(
            "A sitter with Mum so I can go out",
            agency("Northbridge Carers' Centre"),
            "Wednesday evenings",
            30,
            6_000,
        )],
        advice: "Northbridge Carers' Centre offers a carer's emergency card and a monthly support group.".into(),
        contingency: Contingency {
            if_carer_ill: "Call the council: Mum's care can be increased at short notice.".into(),
            who_to_call: "Priya Sharma on 0808 157 0192.".into(),
            ..Contingency::default()
        },
        involved: strings(&["Helen", "Priya Sharma (caseworker)"]),
        next_review: Some("2027-05-01".into()),
        ..PlanContent::default()
    }
}

pub(super) fn daniel_plan() -> PlanContent {
    let pa_weekly = 21_060;
    PlanContent {
        about_me: AboutMe {
            important_to_me: "Football, my games console, and my mum and sister in Gdańsk.".into(),
            people_important_to_me: "My mum, my sister Ola, my friend Kyle.".into(),
            communication: "Say one thing at a time. Write it down for me. Polish or English.".into(),
            how_to_support_me: "Tell me about changes early. Show me, then let me try.".into(),
            please_do: strings(&["Use my name, Dan", "Send a picture of new people before they come"]),
            please_dont: strings(&["Talk about me as if I am not there", "Change plans at the last minute"]),
        },
        strengths: Strengths {
            what_i_can_do: "I can cook simple meals, use the bus to town, and I am good with computers.".into(),
            who_helps_me: "My personal assistant, Marek. Kyle comes to football with me.".into(),
        },
        needs: vec![
            need(
                "Managing money and bills.",
                &[Wellbeing::SocialAndEconomic, Wellbeing::Control],
                "My personal assistant helps me budget each week.",
            ),
            need(
                "Finding and keeping a job.",
                &[Wellbeing::Participation, Wellbeing::Contribution],
                "Supported employment service and my personal assistant.",
            ),
        ],
        outcomes: strings(&["To get a paid job working with computers", "To live in my own flat"]),
        support: vec![support(
            "A personal assistant I chose",
            Provider::Organisation {
                name: "Marek Nowak (employed by me)".into(),
            },
            "Monday, Wednesday and Friday afternoons",
            120,
            pa_weekly,
        )],
        budget: Some(PersonalBudget {
            yearly_pence: pa_weekly * 52,
            weekly_pence: pa_weekly,
            council_weekly_pence: pa_weekly,
            contribution_weekly_pence: 0,
            managed_by: BudgetManagement::DirectPayment,
            direct_payment: Some(DirectPayment {
                amount_pence: pa_weekly * 4,
                every_weeks: 4,
            }),
        }),
        advice: "Northbridge Works helps disabled people into jobs. Easy Read payroll help is on the council website."
            .into(),
        prevention: "A travel buddy scheme so I can go to new places safely.".into(),
        contingency: Contingency {
            if_visit_missed: "Text Marek. If he cannot come, call the direct payments team.".into(),
            who_to_call: "Tom Davies, my caseworker, on 0808 157 0192.".into(),
            out_of_hours: "Emergency duty team: 0808 157 0999.".into(),
            ..Contingency::default()
        },
        involved: strings(&["Dan", "Mum (by video)", "Tom Davies (caseworker)"]),
        next_review: Some("2027-04-20".into()),
    }
}

pub(super) fn amina_plan() -> PlanContent {
    let weekly = 31_500;
    PlanContent {
        about_me: AboutMe {
            important_to_me: "My faith, cooking for my family, and my sewing group.".into(),
            people_important_to_me: "My husband Rafiq, my children, my sister Nasreen.".into(),
            communication: "I read Urdu best. My son can translate, but I prefer a female interpreter.".into(),
            how_to_support_me: "Female carers only, please. Ask before moving my chair.".into(),
            please_do: strings(&["Take off your shoes in the house", "Allow time for prayer at midday"]),
            please_dont: strings(&["Come during Friday prayers"]),
        },
        strengths: Strengths {
            what_i_can_do: "I can move myself with my powered chair and I still cook with help.".into(),
            who_helps_me: "Rafiq helps in the evenings; my sewing group keeps my spirits up.".into(),
        },
        needs: vec![need(
            "Getting up, washing and dressing, because multiple sclerosis tires me.",
            &[Wellbeing::Dignity, Wellbeing::Health, Wellbeing::Relationships],
            "Two female carers each morning, from an agency I chose.",
        )],
        outcomes: strings(&["To keep cooking for my family", "To get to my sewing group each week"]),
        support: vec![support(
            "Help to get up, wash and dress",
            agency("Sahara Care (individual service fund)"),
            "Every morning, 9am",
            105,
            weekly,
        )],
        budget: Some(PersonalBudget {
            yearly_pence: weekly * 52,
            weekly_pence: weekly,
            council_weekly_pence: weekly - 4_000,
            contribution_weekly_pence: 4_000,
            managed_by: BudgetManagement::IndividualServiceFund,
            direct_payment: None,
        }),
        advice: "The MS Society runs a local group; wheelchair services can review my chair.".into(),
        prevention: "Physiotherapy at home to keep my strength.".into(),
        contingency: Contingency {
            if_carer_ill: "Sahara Care will send another female carer.".into(),
            who_to_call: "Priya Sharma, my caseworker, on 0808 157 0192.".into(),
            ..Contingency::default()
        },
        involved: strings(&[
            "Amina",
            "Rafiq (husband)",
            "Urdu interpreter",
            "Priya Sharma (caseworker)",
        ]),
        next_review: Some("2027-02-10".into()),
    }
}

pub(super) fn kwame_plan() -> PlanContent {
    let weekly = 16_200;
    PlanContent {
        about_me: AboutMe {
            important_to_me: "My flat, my music, and getting back to work as a sound engineer.".into(),
            people_important_to_me: "My brother Kofi, my friend Dele, and my community psychiatric nurse.".into(),
            communication: "Texts are better than calls. When I am unwell I find letters hard to read.".into(),
            how_to_support_me: "Notice when I stop answering: that is an early sign. Be straight with me.".into(),
            please_do: strings(&["Text before you visit", "Talk to me about my relapse plan early"]),
            please_dont: strings(&["Turn up unannounced", "Talk to me about medication in front of others"]),
        },
        strengths: Strengths {
            what_i_can_do: "I know my warning signs, I cook well and I keep my flat tidy when I am well.".into(),
            who_helps_me: "Kofi checks in every Sunday. The recovery college course keeps me going.".into(),
        },
        needs: vec![
            need(
                "Keeping to a routine and looking after myself when my mood drops (bipolar disorder).",
                &[Wellbeing::Health, Wellbeing::Control],
                "A support worker three times a week, more when my relapse plan says so.",
            ),
            need(
                "Managing bills and letters, which pile up when I am unwell.",
                &[Wellbeing::SocialAndEconomic, Wellbeing::Accommodation],
                "My support worker helps me open post and keep up with bills.",
            ),
        ],
        outcomes: strings(&[
            "To stay well and out of hospital",
            "To work again, part time, within a year",
        ]),
        support: vec![support(
            "A mental health support worker",
            agency("Northbridge Mind"),
            "Monday, Wednesday and Friday, 2 hours each",
            60,
            weekly,
        )],
        budget: Some(PersonalBudget {
            yearly_pence: weekly * 52,
            weekly_pence: weekly,
            council_weekly_pence: weekly,
            contribution_weekly_pence: 0,
            managed_by: BudgetManagement::CouncilManaged,
            direct_payment: None,
        }),
        advice: "The recovery college has free courses. Citizens Advice can help with benefits.".into(),
        prevention: "A relapse plan agreed with my nurse; an employment adviser from the community mental health team."
            .into(),
        contingency: Contingency {
            if_visit_missed: "Text Northbridge Mind on 0808 157 0456.".into(),
            who_to_call: "Tom Davies, my caseworker, on 0808 157 0192.".into(),
            out_of_hours: "Crisis line, day and night: 0808 157 0888.".into(),
            ..Contingency::default()
        },
        involved: strings(&[
            "Kwame",
            "Kofi (brother)",
            "Community psychiatric nurse",
            "Tom Davies (caseworker)",
        ]),
        next_review: Some("2027-05-30".into()),
    }
}
