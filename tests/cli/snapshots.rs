//! The exact output of every list and show screen, `status`, `check`, `calendar` and
//! both reports in each of their formats, on the riverside example as of the fixed
//! today: pinned before the views move, so the move is proven not to change a byte.
//!
//! insta compares inline snapshots after trimming the ends and turning `\r\n` into
//! `\n`; where the line endings matter (the calendar) they are checked besides.

use crate::common::TestEnv;

#[test]
fn partner_list() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["partner", "list"]), @"
    NAME                                   ID                      TYPE        STAGE      SINCE       AGREEMENT ENDS  CONTACTS  LAST CONTACT  NEXT DUE
    Bright Path Mentoring                  bright-path-mentors     nonprofit   prospect   2026-11-02  -                      1  -             -
    City of Riverside Parks & Recreation   city-parks              government  active     2022-07-01  2027-06-30             1  2026-08-14    2027-02-14
    Eastside Neighborhood Association      eastside-neighbors      community   paused     2021-03-01  -                      1  2026-03-18    -
    Harvest Table Food Bank                harvest-food-bank       nonprofit   active     2021-01-10  2027-08-31             1  2026-10-21    2027-01-21
    Northside Credit Union                 northside-credit-union  corporate   exploring  2026-09-15  -                      1  2026-11-17    2026-12-09
    Riverside Museum of Science & History  science-museum          cultural    active     2020-10-01  2026-06-30             1  2026-06-12    2026-09-12
    Riverside Regional Hospital            riverside-hospital      health      active     2019-09-01  2027-06-30             2  2026-11-12    2026-12-10
    Riverside Valley Community College     valley-college          academic    active     2018-08-20  2026-12-31             2  2026-09-03    2026-12-03
    TechForward Solutions                  techforward             corporate   active     2023-01-15  2027-08-31             1  2026-11-13    2026-12-13
    ");
    insta::assert_snapshot!(env.ok(&["partner", "list", "--all"]), @"
    NAME                                   ID                      TYPE        STAGE      SINCE       AGREEMENT ENDS  CONTACTS  LAST CONTACT  NEXT DUE
    Bright Path Mentoring                  bright-path-mentors     nonprofit   prospect   2026-11-02  -                      1  -             -
    City of Riverside Parks & Recreation   city-parks              government  active     2022-07-01  2027-06-30             1  2026-08-14    2027-02-14
    Eastside Neighborhood Association      eastside-neighbors      community   paused     2021-03-01  -                      1  2026-03-18    -
    Harvest Table Food Bank                harvest-food-bank       nonprofit   active     2021-01-10  2027-08-31             1  2026-10-21    2027-01-21
    Northside Credit Union                 northside-credit-union  corporate   exploring  2026-09-15  -                      1  2026-11-17    2026-12-09
    Riverside Museum of Science & History  science-museum          cultural    active     2020-10-01  2026-06-30             1  2026-06-12    2026-09-12
    Riverside Regional Hospital            riverside-hospital      health      active     2019-09-01  2027-06-30             2  2026-11-12    2026-12-10
    Riverside Valley Community College     valley-college          academic    active     2018-08-20  2026-12-31             2  2026-09-03    2026-12-03
    Summit Engineering Group               summit-engineering      corporate   ended      2017-09-01  2025-06-30             1  -             -
    TechForward Solutions                  techforward             corporate   active     2023-01-15  2027-08-31             1  2026-11-13    2026-12-13
    ");
    insta::assert_snapshot!(env.ok(&["partner", "list", "--format", "json"]), @r#"
    [
      {
        "id": "bright-path-mentors",
        "name": "Bright Path Mentoring",
        "type": "nonprofit",
        "stage": "prospect",
        "since": "2026-11-02",
        "agreement_ends": null,
        "agreement_days_left": null,
        "contacts": 1,
        "last_contact": null,
        "next_due": null,
        "next_due_days_left": null,
        "checkin_state": null
      },
      {
        "id": "city-parks",
        "name": "City of Riverside Parks & Recreation",
        "type": "government",
        "stage": "active",
        "since": "2022-07-01",
        "agreement_ends": "2027-06-30",
        "agreement_days_left": 219,
        "contacts": 1,
        "last_contact": "2026-08-14",
        "next_due": "2027-02-14",
        "next_due_days_left": 83,
        "checkin_state": "current"
      },
      {
        "id": "eastside-neighbors",
        "name": "Eastside Neighborhood Association",
        "type": "community",
        "stage": "paused",
        "since": "2021-03-01",
        "agreement_ends": null,
        "agreement_days_left": null,
        "contacts": 1,
        "last_contact": "2026-03-18",
        "next_due": null,
        "next_due_days_left": null,
        "checkin_state": null
      },
      {
        "id": "harvest-food-bank",
        "name": "Harvest Table Food Bank",
        "type": "nonprofit",
        "stage": "active",
        "since": "2021-01-10",
        "agreement_ends": "2027-08-31",
        "agreement_days_left": 281,
        "contacts": 1,
        "last_contact": "2026-10-21",
        "next_due": "2027-01-21",
        "next_due_days_left": 59,
        "checkin_state": "current"
      },
      {
        "id": "northside-credit-union",
        "name": "Northside Credit Union",
        "type": "corporate",
        "stage": "exploring",
        "since": "2026-09-15",
        "agreement_ends": null,
        "agreement_days_left": null,
        "contacts": 1,
        "last_contact": "2026-11-17",
        "next_due": "2026-12-09",
        "next_due_days_left": 16,
        "checkin_state": "current"
      },
      {
        "id": "science-museum",
        "name": "Riverside Museum of Science & History",
        "type": "cultural",
        "stage": "active",
        "since": "2020-10-01",
        "agreement_ends": "2026-06-30",
        "agreement_days_left": -146,
        "contacts": 1,
        "last_contact": "2026-06-12",
        "next_due": "2026-09-12",
        "next_due_days_left": -72,
        "checkin_state": "overdue"
      },
      {
        "id": "riverside-hospital",
        "name": "Riverside Regional Hospital",
        "type": "health",
        "stage": "active",
        "since": "2019-09-01",
        "agreement_ends": "2027-06-30",
        "agreement_days_left": 219,
        "contacts": 2,
        "last_contact": "2026-11-12",
        "next_due": "2026-12-10",
        "next_due_days_left": 17,
        "checkin_state": "current"
      },
      {
        "id": "valley-college",
        "name": "Riverside Valley Community College",
        "type": "academic",
        "stage": "active",
        "since": "2018-08-20",
        "agreement_ends": "2026-12-31",
        "agreement_days_left": 38,
        "contacts": 2,
        "last_contact": "2026-09-03",
        "next_due": "2026-12-03",
        "next_due_days_left": 10,
        "checkin_state": "soon"
      },
      {
        "id": "techforward",
        "name": "TechForward Solutions",
        "type": "corporate",
        "stage": "active",
        "since": "2023-01-15",
        "agreement_ends": "2027-08-31",
        "agreement_days_left": 281,
        "contacts": 1,
        "last_contact": "2026-11-13",
        "next_due": "2026-12-13",
        "next_due_days_left": 20,
        "checkin_state": "current"
      }
    ]
    "#);
    insta::assert_snapshot!(env.ok(&["partner", "list", "--all", "--format", "json"]), @r#"
    [
      {
        "id": "bright-path-mentors",
        "name": "Bright Path Mentoring",
        "type": "nonprofit",
        "stage": "prospect",
        "since": "2026-11-02",
        "agreement_ends": null,
        "agreement_days_left": null,
        "contacts": 1,
        "last_contact": null,
        "next_due": null,
        "next_due_days_left": null,
        "checkin_state": null
      },
      {
        "id": "city-parks",
        "name": "City of Riverside Parks & Recreation",
        "type": "government",
        "stage": "active",
        "since": "2022-07-01",
        "agreement_ends": "2027-06-30",
        "agreement_days_left": 219,
        "contacts": 1,
        "last_contact": "2026-08-14",
        "next_due": "2027-02-14",
        "next_due_days_left": 83,
        "checkin_state": "current"
      },
      {
        "id": "eastside-neighbors",
        "name": "Eastside Neighborhood Association",
        "type": "community",
        "stage": "paused",
        "since": "2021-03-01",
        "agreement_ends": null,
        "agreement_days_left": null,
        "contacts": 1,
        "last_contact": "2026-03-18",
        "next_due": null,
        "next_due_days_left": null,
        "checkin_state": null
      },
      {
        "id": "harvest-food-bank",
        "name": "Harvest Table Food Bank",
        "type": "nonprofit",
        "stage": "active",
        "since": "2021-01-10",
        "agreement_ends": "2027-08-31",
        "agreement_days_left": 281,
        "contacts": 1,
        "last_contact": "2026-10-21",
        "next_due": "2027-01-21",
        "next_due_days_left": 59,
        "checkin_state": "current"
      },
      {
        "id": "northside-credit-union",
        "name": "Northside Credit Union",
        "type": "corporate",
        "stage": "exploring",
        "since": "2026-09-15",
        "agreement_ends": null,
        "agreement_days_left": null,
        "contacts": 1,
        "last_contact": "2026-11-17",
        "next_due": "2026-12-09",
        "next_due_days_left": 16,
        "checkin_state": "current"
      },
      {
        "id": "science-museum",
        "name": "Riverside Museum of Science & History",
        "type": "cultural",
        "stage": "active",
        "since": "2020-10-01",
        "agreement_ends": "2026-06-30",
        "agreement_days_left": -146,
        "contacts": 1,
        "last_contact": "2026-06-12",
        "next_due": "2026-09-12",
        "next_due_days_left": -72,
        "checkin_state": "overdue"
      },
      {
        "id": "riverside-hospital",
        "name": "Riverside Regional Hospital",
        "type": "health",
        "stage": "active",
        "since": "2019-09-01",
        "agreement_ends": "2027-06-30",
        "agreement_days_left": 219,
        "contacts": 2,
        "last_contact": "2026-11-12",
        "next_due": "2026-12-10",
        "next_due_days_left": 17,
        "checkin_state": "current"
      },
      {
        "id": "valley-college",
        "name": "Riverside Valley Community College",
        "type": "academic",
        "stage": "active",
        "since": "2018-08-20",
        "agreement_ends": "2026-12-31",
        "agreement_days_left": 38,
        "contacts": 2,
        "last_contact": "2026-09-03",
        "next_due": "2026-12-03",
        "next_due_days_left": 10,
        "checkin_state": "soon"
      },
      {
        "id": "summit-engineering",
        "name": "Summit Engineering Group",
        "type": "corporate",
        "stage": "ended",
        "since": "2017-09-01",
        "agreement_ends": "2025-06-30",
        "agreement_days_left": -511,
        "contacts": 1,
        "last_contact": null,
        "next_due": null,
        "next_due_days_left": null,
        "checkin_state": null
      },
      {
        "id": "techforward",
        "name": "TechForward Solutions",
        "type": "corporate",
        "stage": "active",
        "since": "2023-01-15",
        "agreement_ends": "2027-08-31",
        "agreement_days_left": 281,
        "contacts": 1,
        "last_contact": "2026-11-13",
        "next_due": "2026-12-13",
        "next_due_days_left": 20,
        "checkin_state": "current"
      }
    ]
    "#);
    insta::assert_snapshot!(env.ok(&["partner", "list", "--format", "csv"]), @"
    name,id,type,stage,since,agreement_ends,contacts,last_contact,next_due
    Bright Path Mentoring,bright-path-mentors,nonprofit,prospect,2026-11-02,,1,,
    City of Riverside Parks & Recreation,city-parks,government,active,2022-07-01,2027-06-30,1,2026-08-14,2027-02-14
    Eastside Neighborhood Association,eastside-neighbors,community,paused,2021-03-01,,1,2026-03-18,
    Harvest Table Food Bank,harvest-food-bank,nonprofit,active,2021-01-10,2027-08-31,1,2026-10-21,2027-01-21
    Northside Credit Union,northside-credit-union,corporate,exploring,2026-09-15,,1,2026-11-17,2026-12-09
    Riverside Museum of Science & History,science-museum,cultural,active,2020-10-01,2026-06-30,1,2026-06-12,2026-09-12
    Riverside Regional Hospital,riverside-hospital,health,active,2019-09-01,2027-06-30,2,2026-11-12,2026-12-10
    Riverside Valley Community College,valley-college,academic,active,2018-08-20,2026-12-31,2,2026-09-03,2026-12-03
    TechForward Solutions,techforward,corporate,active,2023-01-15,2027-08-31,1,2026-11-13,2026-12-13
    ");
    insta::assert_snapshot!(env.ok(&["partner", "list", "--all", "--format", "csv"]), @"
    name,id,type,stage,since,agreement_ends,contacts,last_contact,next_due
    Bright Path Mentoring,bright-path-mentors,nonprofit,prospect,2026-11-02,,1,,
    City of Riverside Parks & Recreation,city-parks,government,active,2022-07-01,2027-06-30,1,2026-08-14,2027-02-14
    Eastside Neighborhood Association,eastside-neighbors,community,paused,2021-03-01,,1,2026-03-18,
    Harvest Table Food Bank,harvest-food-bank,nonprofit,active,2021-01-10,2027-08-31,1,2026-10-21,2027-01-21
    Northside Credit Union,northside-credit-union,corporate,exploring,2026-09-15,,1,2026-11-17,2026-12-09
    Riverside Museum of Science & History,science-museum,cultural,active,2020-10-01,2026-06-30,1,2026-06-12,2026-09-12
    Riverside Regional Hospital,riverside-hospital,health,active,2019-09-01,2027-06-30,2,2026-11-12,2026-12-10
    Riverside Valley Community College,valley-college,academic,active,2018-08-20,2026-12-31,2,2026-09-03,2026-12-03
    Summit Engineering Group,summit-engineering,corporate,ended,2017-09-01,2025-06-30,1,,
    TechForward Solutions,techforward,corporate,active,2023-01-15,2027-08-31,1,2026-11-13,2026-12-13
    ");
}

#[test]
fn partner_show() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["partner", "show", "riverside-hospital"]), @"
    Riverside Regional Hospital  riverside-hospital
    health · active · since 2019-09-01 · meets monthly

      focus    health education, teacher training, job shadowing
      tags     anchor, funder
      website  https://riversidehealth.example.org

    Agreement
      MOU, signed 2024-07-01, ends 2027-06-30 (in 7 months)
      Renews for three years on mutual consent; budget for the nurse educator is reviewed each spring.

    Contacts
      Dr. Maya Chen  Director of Community Health · mchen@riversidehealth.example.org · 555-0142
      Luis Park  Volunteer Coordinator · lpark@riversidehealth.example.org

    Roles
      ours     Liaison: Dana Whitfield <dwhitfield@riversideusd.example.org>
                 - Schedule the monthly check-in
                 - Share attendance and health-course data each quarter
               Executive sponsor: Dr. Angela Ruiz
                 - Approve classroom access for hospital staff
      partner  Liaison: Dr. Maya Chen <mchen@riversidehealth.example.org>
                 - Fund the nurse educator position
                 - Run the summer health-teacher training
                 - Host job-shadowing days
               Executive sponsor: Mark Ellison
                 - Secure the annual community-benefit budget

    Check-ins
      last contact 2026-11-12 (11 days ago) · next due 2026-12-10 (in 17 days)
      2026-11-12  meeting  Fall numbers look good; shadowing is waiting on the updated consent form  1sxfczcf
      2026-10-08  call     Checked on the consent form and the fall attendance report  e2z4e63n
      2026-09-10  meeting  Fall kickoff: job-shadowing expands to 30 students; consent form needs an update  nsbvkd1s
      11 in all: `accord checkin list riverside-hospital`

    Action items
      vdj1jt8b  17 days overdue   Send the updated job-shadowing consent form (Dr. Maya Chen, partner)
      haw9gpez  due in 22 days    Share fall attendance and health-course data (Dana Whitfield, ours)
      reliability  ours: 100% (3 of 3 on time) · partner: 33% (1 of 3 on time)

    Goals
      Train 70 health teachers with the hospital  health-teachers-trained  ███████░░░ 78%  on-track

    Evaluation
      accord, latest 2026-10-20: 4.0 strength (ours 4.2, partner 3.8)
      ! the sides differ on: Balanced investment
      next due 2027-10-20

    Contributions
      FY2026-Q3 to FY2027-Q2 (9 entries)
      partner  $89,377.20   93%
      ours      $6,523.50    7%
      hours valued at $33.49 an hour
      ! our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour

    Wins
      2026-09-25  The hospital renewed the nurse educator position for a third year  [funding]
      2026-06-10  Twelve Lincoln High seniors earned their CNA certification in the hospital's simulation lab  [students, board-report]

    Surveys
      Teachers on the hospital partnership (teachers, closed 2026-10-30)
      19 responses of 28 invited (68%): overall 3.9 borderline
      strongest: Value to students 4.6, Trust and respect 4.2 · weakest: Communication 3.2, Flexibility and sustainability 3.4
      `accord survey show hospital-teachers`
    ");
    insta::assert_snapshot!(env.ok(&["partner", "show", "riverside-hospital", "--format", "json"]), @r#"
    {
      "id": "riverside-hospital",
      "name": "Riverside Regional Hospital",
      "type": "health",
      "stage": "active",
      "since": "2019-09-01",
      "added": null,
      "cadence": "monthly",
      "cadence_is_default": false,
      "focus": [
        "health education",
        "teacher training",
        "job shadowing"
      ],
      "tags": [
        "anchor",
        "funder"
      ],
      "website": "https://riversidehealth.example.org",
      "notes": null,
      "ended": null,
      "end_reason": null,
      "agreement": {
        "kind": "MOU",
        "signed": "2024-07-01",
        "ends": "2027-06-30",
        "days_left": 219,
        "notes": "Renews for three years on mutual consent; budget for the nurse educator is reviewed each spring."
      },
      "contacts": [
        {
          "name": "Dr. Maya Chen",
          "title": "Director of Community Health",
          "email": "mchen@riversidehealth.example.org",
          "phone": "555-0142",
          "notes": null
        },
        {
          "name": "Luis Park",
          "title": "Volunteer Coordinator",
          "email": "lpark@riversidehealth.example.org",
          "phone": null,
          "notes": null
        }
      ],
      "roles": {
        "ours": [
          {
            "side": "ours",
            "title": "Liaison",
            "person": "Dana Whitfield",
            "email": "dwhitfield@riversideusd.example.org",
            "resp": [
              "Schedule the monthly check-in",
              "Share attendance and health-course data each quarter"
            ]
          },
          {
            "side": "ours",
            "title": "Executive sponsor",
            "person": "Dr. Angela Ruiz",
            "resp": [
              "Approve classroom access for hospital staff"
            ]
          }
        ],
        "partner": [
          {
            "side": "partner",
            "title": "Liaison",
            "person": "Dr. Maya Chen",
            "email": "mchen@riversidehealth.example.org",
            "resp": [
              "Fund the nurse educator position",
              "Run the summer health-teacher training",
              "Host job-shadowing days"
            ]
          },
          {
            "side": "partner",
            "title": "Executive sponsor",
            "person": "Mark Ellison",
            "resp": [
              "Secure the annual community-benefit budget"
            ]
          }
        ]
      },
      "gaps": [],
      "last_contact": "2026-11-12",
      "next_due": "2026-12-10",
      "next_due_days_left": 17,
      "checkin_state": "current",
      "checkin_count": 11,
      "latest_checkins": [
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "1sxfczcf",
          "date": "2026-11-12",
          "kind": "meeting",
          "attendees": [
            "Dana Whitfield",
            "Dr. Maya Chen",
            "Luis Park"
          ],
          "summary": "Fall numbers look good; shadowing is waiting on the updated consent form",
          "notes": "Fall health-course pass rate is tracking at 85%.\nShadowing placements cannot start until the new consent form is out; Maya will chase legal.",
          "topics": [
            "progress",
            "data",
            "challenges"
          ],
          "rating": 4,
          "next": "2026-12-10",
          "by": "Dana Whitfield",
          "actions": 1
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "e2z4e63n",
          "date": "2026-10-08",
          "kind": "call",
          "attendees": [
            "Dana Whitfield",
            "Dr. Maya Chen"
          ],
          "summary": "Checked on the consent form and the fall attendance report",
          "notes": null,
          "topics": [
            "progress",
            "data"
          ],
          "rating": null,
          "next": null,
          "by": "Dana Whitfield",
          "actions": 0
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "nsbvkd1s",
          "date": "2026-09-10",
          "kind": "meeting",
          "attendees": [
            "Dana Whitfield",
            "Dr. Maya Chen",
            "Luis Park"
          ],
          "summary": "Fall kickoff: job-shadowing expands to 30 students; consent form needs an update",
          "notes": "Luis wants the consent form to cover the new pharmacy placements before any student starts.",
          "topics": [
            "goals",
            "adjustments"
          ],
          "rating": 4,
          "next": null,
          "by": "Dana Whitfield",
          "actions": 1
        }
      ],
      "open_actions": [
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "vdj1jt8b",
          "text": "Send the updated job-shadowing consent form",
          "owner": "Dr. Maya Chen",
          "side": "partner",
          "due": "2026-11-06",
          "done": null,
          "checkin": "nsbvkd1s",
          "created": "2026-09-10",
          "by": "Dana Whitfield",
          "status": "overdue",
          "days_overdue": 17,
          "days_late": null
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "haw9gpez",
          "text": "Share fall attendance and health-course data",
          "owner": "Dana Whitfield",
          "side": "ours",
          "due": "2026-12-15",
          "done": null,
          "checkin": "1sxfczcf",
          "created": "2026-11-12",
          "by": "Dana Whitfield",
          "status": "open",
          "days_overdue": null,
          "days_late": null
        }
      ],
      "reliability": {
        "ours": {
          "came_due": 3,
          "on_time": 3,
          "share": 1.0
        },
        "partner": {
          "came_due": 3,
          "on_time": 1,
          "share": 0.3333333333333333
        }
      },
      "goals": [
        {
          "id": "health-teachers-trained",
          "title": "Train 70 health teachers with the hospital",
          "metric": "teachers trained",
          "unit": "teachers",
          "direction": "increase",
          "partners": [
            "riverside-hospital"
          ],
          "baseline": 14.0,
          "latest": 58.0,
          "latest_date": "2026-10-09",
          "target": 70.0,
          "start": "2024-09-01",
          "due": "2027-08-15",
          "progress": 78.57142857142857,
          "expected": 75.41743970315399,
          "status": "on-track",
          "reason": "78% of the way from 14 teachers to 70 teachers, with 75% of the time to 2027-08-15 gone (on track from 65%)",
          "closed": false
        }
      ],
      "evaluation": {
        "instrument": "accord",
        "latest": "2026-10-20",
        "overall": 4.0,
        "band": "strength",
        "ours": 4.214285714285714,
        "partner": 3.7857142857142856,
        "concerns": [],
        "divergences": [
          "Balanced investment"
        ],
        "falling": [],
        "next_due": "2027-10-20"
      },
      "contributions": {
        "from": "FY2026-Q3",
        "to": "FY2027-Q2",
        "since": "2026-01-01",
        "entries": 9,
        "ours": 6523.5,
        "partner": 89377.20000000001,
        "valued_hours": 430.0,
        "unvalued_hours": 0.0,
        "our_share": 0.0680234867941527,
        "partner_share": 0.9319765132058473,
        "currency": "$",
        "hours": "hours valued at $33.49 an hour",
        "lopsided": "our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour"
      },
      "wins": [
        {
          "id": "nbm40wy0",
          "date": "2026-09-25",
          "text": "The hospital renewed the nurse educator position for a third year",
          "tags": [
            "funding"
          ]
        },
        {
          "id": "jzvdf1b1",
          "date": "2026-06-10",
          "text": "Twelve Lincoln High seniors earned their CNA certification in the hospital's simulation lab",
          "tags": [
            "students",
            "board-report"
          ]
        }
      ],
      "surveys": [
        {
          "survey": "hospital-teachers",
          "title": "Teachers on the hospital partnership",
          "instrument": "accord",
          "groups": [
            "teachers"
          ],
          "partners": [
            "riverside-hospital"
          ],
          "partner_names": [
            "Riverside Regional Hospital"
          ],
          "opens": "2026-10-01",
          "closes": "2026-10-30",
          "state": "closed",
          "responses": 19,
          "invited": 28,
          "rate": 0.6785714285714286,
          "partner": null,
          "partner_responses": null,
          "hidden": null,
          "overall": 3.89,
          "band": "borderline",
          "strongest": [
            {
              "key": "value",
              "title": "Value to students",
              "mean": 4.63,
              "band": "strength"
            },
            {
              "key": "trust",
              "title": "Trust and respect",
              "mean": 4.16,
              "band": "strength"
            }
          ],
          "weakest": [
            {
              "key": "communication",
              "title": "Communication",
              "mean": 3.16,
              "band": "borderline"
            },
            {
              "key": "flexibility",
              "title": "Flexibility and sustainability",
              "mean": 3.39,
              "band": "borderline"
            }
          ],
          "differences": []
        }
      ]
    }
    "#);
    insta::assert_snapshot!(env.ok(&["partner", "show", "bright-path-mentors"]), @"
    Bright Path Mentoring  bright-path-mentors
    nonprofit · prospect · since 2026-11-02 · meets quarterly (workspace default)

      focus  mentoring

    Agreement
      none recorded

    Contacts
      Jordan Blake  Executive Director · jblake@brightpath.example.org

    Roles
      ours     none named
      partner  none named

    Check-ins
      no check-ins yet · not expected to meet while prospect

    Evaluation
      none yet (`accord eval record bright-path-mentors`)

    Contributions
      none in the last four quarters (`accord contrib log bright-path-mentors`)

    Wins
      none yet (`accord win log bright-path-mentors TEXT`)

    Notes
      Referred by the Rotary club. Trains adult mentors for middle schoolers; first call to be scheduled.
    ");
    insta::assert_snapshot!(env.ok(&["partner", "show", "bright-path-mentors", "--format", "json"]), @r#"
    {
      "id": "bright-path-mentors",
      "name": "Bright Path Mentoring",
      "type": "nonprofit",
      "stage": "prospect",
      "since": "2026-11-02",
      "added": null,
      "cadence": "quarterly",
      "cadence_is_default": true,
      "focus": [
        "mentoring"
      ],
      "tags": [],
      "website": null,
      "notes": "Referred by the Rotary club. Trains adult mentors for middle schoolers; first call to be scheduled.",
      "ended": null,
      "end_reason": null,
      "agreement": null,
      "contacts": [
        {
          "name": "Jordan Blake",
          "title": "Executive Director",
          "email": "jblake@brightpath.example.org",
          "phone": null,
          "notes": null
        }
      ],
      "roles": {
        "ours": [],
        "partner": []
      },
      "gaps": [],
      "last_contact": null,
      "next_due": null,
      "next_due_days_left": null,
      "checkin_state": null,
      "checkin_count": 0,
      "latest_checkins": [],
      "open_actions": [],
      "reliability": {
        "ours": {
          "came_due": 0,
          "on_time": 0,
          "share": null
        },
        "partner": {
          "came_due": 0,
          "on_time": 0,
          "share": null
        }
      },
      "goals": [],
      "evaluation": null,
      "contributions": null,
      "wins": [],
      "surveys": []
    }
    "#);
    insta::assert_snapshot!(env.ok(&["partner", "show", "summit-engineering"]), @"
    Summit Engineering Group  summit-engineering
    corporate · ended · since 2017-09-01 · meets quarterly (workspace default)
    ended 2025-06-30: Closed its Riverside office; the mentoring program wound down

      focus  mentoring, STEM

    Agreement
      MOU, signed 2022-07-01, ended 2025-06-30 (16 months ago)

    Contacts
      Owen Hart  Former Outreach Lead · ohart@summiteng.example.com

    Roles
      ours     Liaison: Dana Whitfield
      partner  Liaison: Owen Hart

    Check-ins
      no check-ins yet · not expected to meet while ended

    Evaluation
      none yet (`accord eval record summit-engineering`)

    Contributions
      none in the last four quarters (`accord contrib log summit-engineering`)

    Wins
      none yet (`accord win log summit-engineering TEXT`)
    ");
    insta::assert_snapshot!(env.ok(&["partner", "show", "summit-engineering", "--format", "json"]), @r#"
    {
      "id": "summit-engineering",
      "name": "Summit Engineering Group",
      "type": "corporate",
      "stage": "ended",
      "since": "2017-09-01",
      "added": null,
      "cadence": "quarterly",
      "cadence_is_default": true,
      "focus": [
        "mentoring",
        "STEM"
      ],
      "tags": [],
      "website": null,
      "notes": null,
      "ended": "2025-06-30",
      "end_reason": "Closed its Riverside office; the mentoring program wound down",
      "agreement": {
        "kind": "MOU",
        "signed": "2022-07-01",
        "ends": "2025-06-30",
        "days_left": -511,
        "notes": null
      },
      "contacts": [
        {
          "name": "Owen Hart",
          "title": "Former Outreach Lead",
          "email": "ohart@summiteng.example.com",
          "phone": null,
          "notes": null
        }
      ],
      "roles": {
        "ours": [
          {
            "side": "ours",
            "title": "Liaison",
            "person": "Dana Whitfield"
          }
        ],
        "partner": [
          {
            "side": "partner",
            "title": "Liaison",
            "person": "Owen Hart"
          }
        ]
      },
      "gaps": [],
      "last_contact": null,
      "next_due": null,
      "next_due_days_left": null,
      "checkin_state": null,
      "checkin_count": 0,
      "latest_checkins": [],
      "open_actions": [],
      "reliability": {
        "ours": {
          "came_due": 0,
          "on_time": 0,
          "share": null
        },
        "partner": {
          "came_due": 0,
          "on_time": 0,
          "share": null
        }
      },
      "goals": [],
      "evaluation": null,
      "contributions": null,
      "wins": [],
      "surveys": []
    }
    "#);
}

#[test]
fn role_list() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["role", "list"]), @"
    PARTNER                 SIDE     TITLE              PERSON           EMAIL                                RESPONSIBILITIES
    city-parks              ours     Liaison            Marcus Bell      -                                    Schedule gym and field use
    city-parks              partner  Liaison            Derek Simmons    -                                    Staff the after-school program at three parks; Maintain shared fields
    eastside-neighbors      ours     Liaison            Keisha Monroe    -
    eastside-neighbors      partner  Liaison            Ana Flores       -
    harvest-food-bank       ours     Liaison            Keisha Monroe    kmonroe@riversideusd.example.org     Identify families for weekend backpacks; Coordinate the school pantry volunteers
    harvest-food-bank       partner  Liaison            Tom Reyes        -                                    Deliver weekend backpacks to five schools; Run the monthly family market
    northside-credit-union  ours     Liaison            Keisha Monroe    -                                    Lead the fit assessment
    riverside-hospital      ours     Liaison            Dana Whitfield   dwhitfield@riversideusd.example.org  Schedule the monthly check-in; Share attendance and health-course data each quarter
    riverside-hospital      ours     Executive sponsor  Dr. Angela Ruiz  -                                    Approve classroom access for hospital staff
    riverside-hospital      partner  Liaison            Dr. Maya Chen    mchen@riversidehealth.example.org    Fund the nurse educator position; Run the summer health-teacher training; Host job-shadowing days
    riverside-hospital      partner  Executive sponsor  Mark Ellison     -                                    Secure the annual community-benefit budget
    science-museum          partner  Liaison            Helen Brooks     hbrooks@rivermuseum.example.org      Host two field trips per grade; Lend science kits to classrooms
    summit-engineering      ours     Liaison            Dana Whitfield   -
    summit-engineering      partner  Liaison            Owen Hart        -
    techforward             ours     Liaison            Dana Whitfield   dwhitfield@riversideusd.example.org  Recruit and prepare interns; Arrange transportation
    techforward             partner  Liaison            Priya Natarajan  priya@techforward.example.com        Place 20 paid summer interns; Provide mentors for the robotics club
    valley-college          ours     Liaison            Marcus Bell      mbell@riversideusd.example.org       Enroll students in dual-credit sections; Report credits earned each semester
    valley-college          partner  Liaison            Rosa Delgado     rdelgado@rvcc.example.edu            Provide instructors for on-campus sections; Waive tuition for dual-credit students
    ");
    insta::assert_snapshot!(env.ok(&["role", "list", "--format", "json"]), @r#"
    [
      {
        "partner": "city-parks",
        "partner_name": "City of Riverside Parks & Recreation",
        "side": "ours",
        "title": "Liaison",
        "person": "Marcus Bell",
        "email": null,
        "resp": [
          "Schedule gym and field use"
        ]
      },
      {
        "partner": "city-parks",
        "partner_name": "City of Riverside Parks & Recreation",
        "side": "partner",
        "title": "Liaison",
        "person": "Derek Simmons",
        "email": null,
        "resp": [
          "Staff the after-school program at three parks",
          "Maintain shared fields"
        ]
      },
      {
        "partner": "eastside-neighbors",
        "partner_name": "Eastside Neighborhood Association",
        "side": "ours",
        "title": "Liaison",
        "person": "Keisha Monroe",
        "email": null,
        "resp": []
      },
      {
        "partner": "eastside-neighbors",
        "partner_name": "Eastside Neighborhood Association",
        "side": "partner",
        "title": "Liaison",
        "person": "Ana Flores",
        "email": null,
        "resp": []
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "side": "ours",
        "title": "Liaison",
        "person": "Keisha Monroe",
        "email": "kmonroe@riversideusd.example.org",
        "resp": [
          "Identify families for weekend backpacks",
          "Coordinate the school pantry volunteers"
        ]
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "side": "partner",
        "title": "Liaison",
        "person": "Tom Reyes",
        "email": null,
        "resp": [
          "Deliver weekend backpacks to five schools",
          "Run the monthly family market"
        ]
      },
      {
        "partner": "northside-credit-union",
        "partner_name": "Northside Credit Union",
        "side": "ours",
        "title": "Liaison",
        "person": "Keisha Monroe",
        "email": null,
        "resp": [
          "Lead the fit assessment"
        ]
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "side": "ours",
        "title": "Liaison",
        "person": "Dana Whitfield",
        "email": "dwhitfield@riversideusd.example.org",
        "resp": [
          "Schedule the monthly check-in",
          "Share attendance and health-course data each quarter"
        ]
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "side": "ours",
        "title": "Executive sponsor",
        "person": "Dr. Angela Ruiz",
        "email": null,
        "resp": [
          "Approve classroom access for hospital staff"
        ]
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "side": "partner",
        "title": "Liaison",
        "person": "Dr. Maya Chen",
        "email": "mchen@riversidehealth.example.org",
        "resp": [
          "Fund the nurse educator position",
          "Run the summer health-teacher training",
          "Host job-shadowing days"
        ]
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "side": "partner",
        "title": "Executive sponsor",
        "person": "Mark Ellison",
        "email": null,
        "resp": [
          "Secure the annual community-benefit budget"
        ]
      },
      {
        "partner": "science-museum",
        "partner_name": "Riverside Museum of Science & History",
        "side": "partner",
        "title": "Liaison",
        "person": "Helen Brooks",
        "email": "hbrooks@rivermuseum.example.org",
        "resp": [
          "Host two field trips per grade",
          "Lend science kits to classrooms"
        ]
      },
      {
        "partner": "summit-engineering",
        "partner_name": "Summit Engineering Group",
        "side": "ours",
        "title": "Liaison",
        "person": "Dana Whitfield",
        "email": null,
        "resp": []
      },
      {
        "partner": "summit-engineering",
        "partner_name": "Summit Engineering Group",
        "side": "partner",
        "title": "Liaison",
        "person": "Owen Hart",
        "email": null,
        "resp": []
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "side": "ours",
        "title": "Liaison",
        "person": "Dana Whitfield",
        "email": "dwhitfield@riversideusd.example.org",
        "resp": [
          "Recruit and prepare interns",
          "Arrange transportation"
        ]
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "side": "partner",
        "title": "Liaison",
        "person": "Priya Natarajan",
        "email": "priya@techforward.example.com",
        "resp": [
          "Place 20 paid summer interns",
          "Provide mentors for the robotics club"
        ]
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "side": "ours",
        "title": "Liaison",
        "person": "Marcus Bell",
        "email": "mbell@riversideusd.example.org",
        "resp": [
          "Enroll students in dual-credit sections",
          "Report credits earned each semester"
        ]
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "side": "partner",
        "title": "Liaison",
        "person": "Rosa Delgado",
        "email": "rdelgado@rvcc.example.edu",
        "resp": [
          "Provide instructors for on-campus sections",
          "Waive tuition for dual-credit students"
        ]
      }
    ]
    "#);
    insta::assert_snapshot!(env.ok(&["role", "list", "--format", "csv"]), @"
    partner,side,title,person,email,responsibilities
    city-parks,ours,Liaison,Marcus Bell,,Schedule gym and field use
    city-parks,partner,Liaison,Derek Simmons,,Staff the after-school program at three parks; Maintain shared fields
    eastside-neighbors,ours,Liaison,Keisha Monroe,,
    eastside-neighbors,partner,Liaison,Ana Flores,,
    harvest-food-bank,ours,Liaison,Keisha Monroe,kmonroe@riversideusd.example.org,Identify families for weekend backpacks; Coordinate the school pantry volunteers
    harvest-food-bank,partner,Liaison,Tom Reyes,,Deliver weekend backpacks to five schools; Run the monthly family market
    northside-credit-union,ours,Liaison,Keisha Monroe,,Lead the fit assessment
    riverside-hospital,ours,Liaison,Dana Whitfield,dwhitfield@riversideusd.example.org,Schedule the monthly check-in; Share attendance and health-course data each quarter
    riverside-hospital,ours,Executive sponsor,Dr. Angela Ruiz,,Approve classroom access for hospital staff
    riverside-hospital,partner,Liaison,Dr. Maya Chen,mchen@riversidehealth.example.org,Fund the nurse educator position; Run the summer health-teacher training; Host job-shadowing days
    riverside-hospital,partner,Executive sponsor,Mark Ellison,,Secure the annual community-benefit budget
    science-museum,partner,Liaison,Helen Brooks,hbrooks@rivermuseum.example.org,Host two field trips per grade; Lend science kits to classrooms
    summit-engineering,ours,Liaison,Dana Whitfield,,
    summit-engineering,partner,Liaison,Owen Hart,,
    techforward,ours,Liaison,Dana Whitfield,dwhitfield@riversideusd.example.org,Recruit and prepare interns; Arrange transportation
    techforward,partner,Liaison,Priya Natarajan,priya@techforward.example.com,Place 20 paid summer interns; Provide mentors for the robotics club
    valley-college,ours,Liaison,Marcus Bell,mbell@riversideusd.example.org,Enroll students in dual-credit sections; Report credits earned each semester
    valley-college,partner,Liaison,Rosa Delgado,rdelgado@rvcc.example.edu,Provide instructors for on-campus sections; Waive tuition for dual-credit students
    ");
}

#[test]
fn checkin_list() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["checkin", "list"]), @"
    ID        DATE        PARTNER                 KIND     ACTIONS  SUMMARY
    2tde3kgb  2026-11-17  northside-credit-union  visit          1  Grace observed a Jefferson High economics class
    36xjj334  2026-11-13  techforward             meeting        1  Club started with 16 students; planning next summer's 25 placements
    1sxfczcf  2026-11-12  riverside-hospital      meeting        1  Fall numbers look good; shadowing is waiting on the updated consent form
    wb7h9qae  2026-10-21  harvest-food-bank       review         2  Fall review: 335 families served; a sixth school wants in
    dav4kwjd  2026-10-20  northside-credit-union  meeting        1  Fit assessment: what students get beyond opening accounts
    zjzjw5b2  2026-10-13  techforward             call           0  Mentors named; club meets Tuesdays and Thursdays from November
    e2z4e63n  2026-10-08  riverside-hospital      call           0  Checked on the consent form and the fall attendance report
    dchabkq2  2026-09-22  northside-credit-union  call           0  Introductory call about the financial-literacy curriculum
    7r9sqanp  2026-09-15  techforward             meeting        1  Robotics club restart: TechForward still needs to name two mentors
    nsbvkd1s  2026-09-10  riverside-hospital      meeting        1  Fall kickoff: job-shadowing expands to 30 students; consent form needs an update
    f1wqamca  2026-09-03  valley-college          review         2  Fall start: 118 students enrolled in dual-credit sections, a record
    est3r75p  2026-08-18  techforward             review         1  Internship wrap-up: 19 of 20 completed, 4 offered part-time work
    54k56tnt  2026-08-14  city-parks              meeting        2  Fall field and gym schedule agreed; Riverbend field needs resurfacing
    g7vfnajg  2026-07-22  riverside-hospital      event          0  Visited the summer health-teacher training: 38 teachers in the room
    p3b2mvyd  2026-07-15  harvest-food-bank       call           1  Summer meals went well; backpack list for the fall due in August
    bcywat28  2026-06-25  riverside-hospital      review         0  Year-end review: nurse educator funded for 2026-27; goals set for next year
    wa2rv8tg  2026-06-16  techforward             visit          0  Visited the interns on their first week; all 20 started
    10xwhwt0  2026-06-12  science-museum          meeting        1  The MOU expires this month; the new director wants to rewrite it
    fjrk30c5  2026-06-04  valley-college          meeting        1  Planned 2026-27 sections and started talking about the MOU renewal
    1s5g5vcy  2026-05-20  city-parks              visit          0  Site visit to the Riverbend Park after-school program
    z8wnk23e  2026-05-19  techforward             call           1  All 20 internships placed; bus passes to be arranged by the district
    szeh0vxk  2026-05-14  riverside-hospital      meeting        1  Job shadowing wrap-up: 23 of 24 students completed; budget decision pending
    h935vf29  2026-04-22  harvest-food-bank       meeting        0  Family market moves to the Grant Elementary gym on second Saturdays
    dwqa701z  2026-04-21  techforward             meeting        1  Interview days set; transportation is the main worry for students from the east side
    s3gkk83n  2026-04-16  riverside-hospital      call           1  Summer training dates set for July 20-24; mental-health first aid added
    y9her4gw  2026-03-18  eastside-neighbors      call           0  The association pauses tutoring until its new board is in place
    7a9t5s6c  2026-03-17  techforward             review         1  Reviewed applicants and the robotics club's spring season
    cy7mtsqt  2026-03-12  riverside-hospital      review         1  Mid-year review: health-course pass rate up 6 points, fair drew 410 families
    smthr0ct  2026-03-10  science-museum          call           0  Kits reached 14 classrooms; field trips booked for April and May
    q6a6pq1a  2026-03-05  valley-college          review         1  Fall results: 212 credits earned by 96 students; pass rate 88%
    f2gfr5be  2026-02-17  techforward             call           0  Application push: 31 applicants so far, most from Jefferson High
    xm23h3yf  2026-02-12  riverside-hospital      meeting        1  Job-shadowing roster for spring: 24 juniors across four departments
    1d2j297g  2026-02-11  city-parks              review         1  Joint-use review: after-school program at three parks served 240 students
    nj42y6q2  2026-01-21  harvest-food-bank       meeting        1  Weekend backpacks reached 310 families in the fall; waitlist at Grant Elementary
    gqkfmssk  2026-01-20  techforward             meeting        0  Summer internship plan: 20 paid placements, applications open February 2
    46vh73jn  2026-01-15  riverside-hospital      call           0  Health fair logistics; Lincoln High auditorium requested for March 6
    gc657myk  2026-01-14  eastside-neighbors      meeting        1  Tutoring volunteers cover four schools; the board election is set for spring
    zab5rrb1  2025-12-11  riverside-hospital      meeting        1  Planned the spring health fair and the nurse educator's second semester
    4dx24vn8  2025-12-09  science-museum          meeting        1  Spring field trips for grades 3-5 and the science kit rotation
    8y2sqmgc  2025-12-04  valley-college          meeting        2  Spring dual-credit sections: English 101 and Statistics added at Roosevelt High
    ");
    insta::assert_snapshot!(env.ok(&["checkin", "list", "--format", "json"]), @r#"
    [
      {
        "partner": "northside-credit-union",
        "partner_name": "Northside Credit Union",
        "id": "2tde3kgb",
        "date": "2026-11-17",
        "kind": "visit",
        "attendees": [
          "Keisha Monroe",
          "Grace Kim"
        ],
        "summary": "Grace observed a Jefferson High economics class",
        "notes": null,
        "topics": [
          "goals"
        ],
        "rating": 4,
        "next": "2026-12-09",
        "by": "Keisha Monroe",
        "actions": 1
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "36xjj334",
        "date": "2026-11-13",
        "kind": "meeting",
        "attendees": [
          "Dana Whitfield",
          "Priya Natarajan"
        ],
        "summary": "Club started with 16 students; planning next summer's 25 placements",
        "notes": "Mentors cannot start until their clearance forms are processed by the district.",
        "topics": [
          "goals",
          "challenges"
        ],
        "rating": 4,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "1sxfczcf",
        "date": "2026-11-12",
        "kind": "meeting",
        "attendees": [
          "Dana Whitfield",
          "Dr. Maya Chen",
          "Luis Park"
        ],
        "summary": "Fall numbers look good; shadowing is waiting on the updated consent form",
        "notes": "Fall health-course pass rate is tracking at 85%.\nShadowing placements cannot start until the new consent form is out; Maya will chase legal.",
        "topics": [
          "progress",
          "data",
          "challenges"
        ],
        "rating": 4,
        "next": "2026-12-10",
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "wb7h9qae",
        "date": "2026-10-21",
        "kind": "review",
        "attendees": [
          "Keisha Monroe",
          "Tom Reyes"
        ],
        "summary": "Fall review: 335 families served; a sixth school wants in",
        "notes": "Tom can add Madison Elementary if the district finds a volunteer to receive deliveries on Fridays.",
        "topics": [
          "goals",
          "progress",
          "data",
          "resources"
        ],
        "rating": 5,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 2
      },
      {
        "partner": "northside-credit-union",
        "partner_name": "Northside Credit Union",
        "id": "dav4kwjd",
        "date": "2026-10-20",
        "kind": "meeting",
        "attendees": [
          "Keisha Monroe",
          "Grace Kim"
        ],
        "summary": "Fit assessment: what students get beyond opening accounts",
        "notes": "Grace confirmed no marketing to students in class. Open: staff time they can commit, and whether they will share participation data.",
        "topics": [
          "goals",
          "challenges",
          "resources"
        ],
        "rating": 3,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 1
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "zjzjw5b2",
        "date": "2026-10-13",
        "kind": "call",
        "attendees": [
          "Dana Whitfield",
          "Priya Natarajan"
        ],
        "summary": "Mentors named; club meets Tuesdays and Thursdays from November",
        "notes": null,
        "topics": [
          "progress"
        ],
        "rating": null,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 0
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "e2z4e63n",
        "date": "2026-10-08",
        "kind": "call",
        "attendees": [
          "Dana Whitfield",
          "Dr. Maya Chen"
        ],
        "summary": "Checked on the consent form and the fall attendance report",
        "notes": null,
        "topics": [
          "progress",
          "data"
        ],
        "rating": null,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 0
      },
      {
        "partner": "northside-credit-union",
        "partner_name": "Northside Credit Union",
        "id": "dchabkq2",
        "date": "2026-09-22",
        "kind": "call",
        "attendees": [
          "Keisha Monroe",
          "Grace Kim"
        ],
        "summary": "Introductory call about the financial-literacy curriculum",
        "notes": null,
        "topics": [
          "goals"
        ],
        "rating": null,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 0
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "7r9sqanp",
        "date": "2026-09-15",
        "kind": "meeting",
        "attendees": [
          "Dana Whitfield",
          "Priya Natarajan"
        ],
        "summary": "Robotics club restart: TechForward still needs to name two mentors",
        "notes": null,
        "topics": [
          "challenges",
          "resources"
        ],
        "rating": 3,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "nsbvkd1s",
        "date": "2026-09-10",
        "kind": "meeting",
        "attendees": [
          "Dana Whitfield",
          "Dr. Maya Chen",
          "Luis Park"
        ],
        "summary": "Fall kickoff: job-shadowing expands to 30 students; consent form needs an update",
        "notes": "Luis wants the consent form to cover the new pharmacy placements before any student starts.",
        "topics": [
          "goals",
          "adjustments"
        ],
        "rating": 4,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "f1wqamca",
        "date": "2026-09-03",
        "kind": "review",
        "attendees": [
          "Marcus Bell",
          "Rosa Delgado"
        ],
        "summary": "Fall start: 118 students enrolled in dual-credit sections, a record",
        "notes": null,
        "topics": [
          "progress",
          "data"
        ],
        "rating": 5,
        "next": null,
        "by": "Marcus Bell",
        "actions": 2
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "est3r75p",
        "date": "2026-08-18",
        "kind": "review",
        "attendees": [
          "Dana Whitfield",
          "Priya Natarajan"
        ],
        "summary": "Internship wrap-up: 19 of 20 completed, 4 offered part-time work",
        "notes": "Exit survey going out this week. TechForward wants to grow to 25 placements next summer if the district can recruit more juniors.",
        "topics": [
          "goals",
          "progress",
          "data"
        ],
        "rating": 5,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "city-parks",
        "partner_name": "City of Riverside Parks & Recreation",
        "id": "54k56tnt",
        "date": "2026-08-14",
        "kind": "meeting",
        "attendees": [
          "Marcus Bell",
          "Derek Simmons"
        ],
        "summary": "Fall field and gym schedule agreed; Riverbend field needs resurfacing",
        "notes": null,
        "topics": [
          "adjustments",
          "resources"
        ],
        "rating": 4,
        "next": null,
        "by": "Marcus Bell",
        "actions": 2
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "g7vfnajg",
        "date": "2026-07-22",
        "kind": "event",
        "attendees": [
          "Dana Whitfield",
          "Dr. Maya Chen"
        ],
        "summary": "Visited the summer health-teacher training: 38 teachers in the room",
        "notes": null,
        "topics": [
          "progress"
        ],
        "rating": null,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 0
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "p3b2mvyd",
        "date": "2026-07-15",
        "kind": "call",
        "attendees": [
          "Keisha Monroe",
          "Tom Reyes"
        ],
        "summary": "Summer meals went well; backpack list for the fall due in August",
        "notes": null,
        "topics": [
          "progress"
        ],
        "rating": null,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 1
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "bcywat28",
        "date": "2026-06-25",
        "kind": "review",
        "attendees": [
          "Dana Whitfield",
          "Dr. Angela Ruiz",
          "Dr. Maya Chen",
          "Mark Ellison"
        ],
        "summary": "Year-end review: nurse educator funded for 2026-27; goals set for next year",
        "notes": "The board approved the nurse educator position for another year.\nGoals for 2026-27: keep the pass rate above 82%, 30 job-shadowing placements, 40 teachers trained.",
        "topics": [
          "goals",
          "progress",
          "resources"
        ],
        "rating": 5,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 0
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "wa2rv8tg",
        "date": "2026-06-16",
        "kind": "visit",
        "attendees": [
          "Dana Whitfield",
          "Priya Natarajan"
        ],
        "summary": "Visited the interns on their first week; all 20 started",
        "notes": null,
        "topics": [
          "progress"
        ],
        "rating": 5,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 0
      },
      {
        "partner": "science-museum",
        "partner_name": "Riverside Museum of Science & History",
        "id": "10xwhwt0",
        "date": "2026-06-12",
        "kind": "meeting",
        "attendees": [
          "Keisha Monroe",
          "Helen Brooks"
        ],
        "summary": "The MOU expires this month; the new director wants to rewrite it",
        "notes": "Helen will send a draft over the summer. Until then the museum honours the current terms.\nWe still have no district liaison for the museum since Keisha took on the food bank.",
        "topics": [
          "challenges",
          "adjustments"
        ],
        "rating": 3,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 1
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "fjrk30c5",
        "date": "2026-06-04",
        "kind": "meeting",
        "attendees": [
          "Marcus Bell",
          "Rosa Delgado",
          "Prof. Alan Okafor"
        ],
        "summary": "Planned 2026-27 sections and started talking about the MOU renewal",
        "notes": "The college wants the renewal to cover transportation to campus sections. The board vote is planned for December.",
        "topics": [
          "goals",
          "adjustments",
          "resources"
        ],
        "rating": 4,
        "next": null,
        "by": "Marcus Bell",
        "actions": 1
      },
      {
        "partner": "city-parks",
        "partner_name": "City of Riverside Parks & Recreation",
        "id": "1s5g5vcy",
        "date": "2026-05-20",
        "kind": "visit",
        "attendees": [
          "Marcus Bell",
          "Derek Simmons"
        ],
        "summary": "Site visit to the Riverbend Park after-school program",
        "notes": null,
        "topics": [
          "progress"
        ],
        "rating": null,
        "next": null,
        "by": "Marcus Bell",
        "actions": 0
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "z8wnk23e",
        "date": "2026-05-19",
        "kind": "call",
        "attendees": [
          "Dana Whitfield",
          "Priya Natarajan"
        ],
        "summary": "All 20 internships placed; bus passes to be arranged by the district",
        "notes": null,
        "topics": [
          "progress",
          "resources"
        ],
        "rating": null,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "szeh0vxk",
        "date": "2026-05-14",
        "kind": "meeting",
        "attendees": [
          "Dana Whitfield",
          "Dr. Maya Chen",
          "Luis Park"
        ],
        "summary": "Job shadowing wrap-up: 23 of 24 students completed; budget decision pending",
        "notes": "One student withdrew for a schedule conflict. Students rated the experience 4.6 of 5.\nThe nurse educator budget is still waiting on the hospital board.",
        "topics": [
          "progress",
          "data",
          "challenges"
        ],
        "rating": 4,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "h935vf29",
        "date": "2026-04-22",
        "kind": "meeting",
        "attendees": [
          "Keisha Monroe",
          "Tom Reyes"
        ],
        "summary": "Family market moves to the Grant Elementary gym on second Saturdays",
        "notes": null,
        "topics": [
          "adjustments"
        ],
        "rating": 4,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 0
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "dwqa701z",
        "date": "2026-04-21",
        "kind": "meeting",
        "attendees": [
          "Dana Whitfield",
          "Priya Natarajan"
        ],
        "summary": "Interview days set; transportation is the main worry for students from the east side",
        "notes": null,
        "topics": [
          "challenges",
          "adjustments"
        ],
        "rating": 3,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "s3gkk83n",
        "date": "2026-04-16",
        "kind": "call",
        "attendees": [
          "Dana Whitfield",
          "Dr. Maya Chen"
        ],
        "summary": "Summer training dates set for July 20-24; mental-health first aid added",
        "notes": null,
        "topics": [
          "adjustments"
        ],
        "rating": null,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "eastside-neighbors",
        "partner_name": "Eastside Neighborhood Association",
        "id": "y9her4gw",
        "date": "2026-03-18",
        "kind": "call",
        "attendees": [
          "Keisha Monroe",
          "Ana Flores"
        ],
        "summary": "The association pauses tutoring until its new board is in place",
        "notes": null,
        "topics": [
          "challenges"
        ],
        "rating": 2,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 0
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "7a9t5s6c",
        "date": "2026-03-17",
        "kind": "review",
        "attendees": [
          "Dana Whitfield",
          "Priya Natarajan"
        ],
        "summary": "Reviewed applicants and the robotics club's spring season",
        "notes": "57 applications for 20 places. TechForward asked for the full list with teacher references.\nRobotics club placed third at the regional; two mentors are leaving in June.",
        "topics": [
          "progress",
          "data",
          "challenges"
        ],
        "rating": 4,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "cy7mtsqt",
        "date": "2026-03-12",
        "kind": "review",
        "attendees": [
          "Dana Whitfield",
          "Dr. Angela Ruiz",
          "Dr. Maya Chen",
          "Mark Ellison"
        ],
        "summary": "Mid-year review: health-course pass rate up 6 points, fair drew 410 families",
        "notes": "Reviewed the mid-year numbers together.\n\n- Health-course pass rate at Lincoln High is 84%, up from 78% last spring.\n- The health fair drew about 410 families; the flu clinic gave 130 shots.\n- Mark asked for the attendance data broken out by grade for the budget review.\n- Both sides want the summer teacher training to add a mental-health first aid day.",
        "topics": [
          "goals",
          "progress",
          "data",
          "adjustments"
        ],
        "rating": 5,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "science-museum",
        "partner_name": "Riverside Museum of Science & History",
        "id": "smthr0ct",
        "date": "2026-03-10",
        "kind": "call",
        "attendees": [
          "Keisha Monroe",
          "Helen Brooks"
        ],
        "summary": "Kits reached 14 classrooms; field trips booked for April and May",
        "notes": null,
        "topics": [
          "progress"
        ],
        "rating": null,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 0
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "q6a6pq1a",
        "date": "2026-03-05",
        "kind": "review",
        "attendees": [
          "Marcus Bell",
          "Rosa Delgado"
        ],
        "summary": "Fall results: 212 credits earned by 96 students; pass rate 88%",
        "notes": "Statistics had the lowest pass rate (74%). Rosa suggests a tutoring hour on campus before each exam.",
        "topics": [
          "progress",
          "data",
          "adjustments"
        ],
        "rating": 4,
        "next": null,
        "by": "Marcus Bell",
        "actions": 1
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "f2gfr5be",
        "date": "2026-02-17",
        "kind": "call",
        "attendees": [
          "Dana Whitfield",
          "Priya Natarajan"
        ],
        "summary": "Application push: 31 applicants so far, most from Jefferson High",
        "notes": null,
        "topics": [
          "progress"
        ],
        "rating": null,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 0
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "xm23h3yf",
        "date": "2026-02-12",
        "kind": "meeting",
        "attendees": [
          "Dana Whitfield",
          "Dr. Maya Chen",
          "Luis Park"
        ],
        "summary": "Job-shadowing roster for spring: 24 juniors across four departments",
        "notes": "Luis will pair each student with a unit and needs the consent forms two weeks ahead.\nRadiology can take only two students per day.",
        "topics": [
          "progress",
          "challenges"
        ],
        "rating": 4,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "city-parks",
        "partner_name": "City of Riverside Parks & Recreation",
        "id": "1d2j297g",
        "date": "2026-02-11",
        "kind": "review",
        "attendees": [
          "Marcus Bell",
          "Derek Simmons"
        ],
        "summary": "Joint-use review: after-school program at three parks served 240 students",
        "notes": "Gym time at Central Park rec center conflicts with district basketball on Wednesdays.",
        "topics": [
          "progress",
          "data",
          "challenges"
        ],
        "rating": 4,
        "next": null,
        "by": "Marcus Bell",
        "actions": 1
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "nj42y6q2",
        "date": "2026-01-21",
        "kind": "meeting",
        "attendees": [
          "Keisha Monroe",
          "Tom Reyes"
        ],
        "summary": "Weekend backpacks reached 310 families in the fall; waitlist at Grant Elementary",
        "notes": null,
        "topics": [
          "progress",
          "data",
          "challenges"
        ],
        "rating": 4,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 1
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "gqkfmssk",
        "date": "2026-01-20",
        "kind": "meeting",
        "attendees": [
          "Dana Whitfield",
          "Priya Natarajan"
        ],
        "summary": "Summer internship plan: 20 paid placements, applications open February 2",
        "notes": null,
        "topics": [
          "goals",
          "resources"
        ],
        "rating": 4,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 0
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "46vh73jn",
        "date": "2026-01-15",
        "kind": "call",
        "attendees": [
          "Dana Whitfield",
          "Dr. Maya Chen"
        ],
        "summary": "Health fair logistics; Lincoln High auditorium requested for March 6",
        "notes": null,
        "topics": [
          "progress"
        ],
        "rating": null,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 0
      },
      {
        "partner": "eastside-neighbors",
        "partner_name": "Eastside Neighborhood Association",
        "id": "gc657myk",
        "date": "2026-01-14",
        "kind": "meeting",
        "attendees": [
          "Keisha Monroe",
          "Ana Flores"
        ],
        "summary": "Tutoring volunteers cover four schools; the board election is set for spring",
        "notes": null,
        "topics": [
          "progress"
        ],
        "rating": 4,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 1
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "zab5rrb1",
        "date": "2025-12-11",
        "kind": "meeting",
        "attendees": [
          "Dana Whitfield",
          "Dr. Maya Chen"
        ],
        "summary": "Planned the spring health fair and the nurse educator's second semester",
        "notes": null,
        "topics": [
          "goals",
          "resources"
        ],
        "rating": 4,
        "next": null,
        "by": "Dana Whitfield",
        "actions": 1
      },
      {
        "partner": "science-museum",
        "partner_name": "Riverside Museum of Science & History",
        "id": "4dx24vn8",
        "date": "2025-12-09",
        "kind": "meeting",
        "attendees": [
          "Keisha Monroe",
          "Helen Brooks"
        ],
        "summary": "Spring field trips for grades 3-5 and the science kit rotation",
        "notes": null,
        "topics": [
          "goals",
          "resources"
        ],
        "rating": 4,
        "next": null,
        "by": "Keisha Monroe",
        "actions": 1
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "8y2sqmgc",
        "date": "2025-12-04",
        "kind": "meeting",
        "attendees": [
          "Marcus Bell",
          "Rosa Delgado",
          "Prof. Alan Okafor"
        ],
        "summary": "Spring dual-credit sections: English 101 and Statistics added at Roosevelt High",
        "notes": null,
        "topics": [
          "goals",
          "resources"
        ],
        "rating": 4,
        "next": null,
        "by": "Marcus Bell",
        "actions": 2
      }
    ]
    "#);
    insta::assert_snapshot!(env.ok(&["checkin", "list", "--format", "csv"]), @r#"
    id,date,partner,kind,actions,summary
    2tde3kgb,2026-11-17,northside-credit-union,visit,1,Grace observed a Jefferson High economics class
    36xjj334,2026-11-13,techforward,meeting,1,Club started with 16 students; planning next summer's 25 placements
    1sxfczcf,2026-11-12,riverside-hospital,meeting,1,Fall numbers look good; shadowing is waiting on the updated consent form
    wb7h9qae,2026-10-21,harvest-food-bank,review,2,Fall review: 335 families served; a sixth school wants in
    dav4kwjd,2026-10-20,northside-credit-union,meeting,1,Fit assessment: what students get beyond opening accounts
    zjzjw5b2,2026-10-13,techforward,call,0,Mentors named; club meets Tuesdays and Thursdays from November
    e2z4e63n,2026-10-08,riverside-hospital,call,0,Checked on the consent form and the fall attendance report
    dchabkq2,2026-09-22,northside-credit-union,call,0,Introductory call about the financial-literacy curriculum
    7r9sqanp,2026-09-15,techforward,meeting,1,Robotics club restart: TechForward still needs to name two mentors
    nsbvkd1s,2026-09-10,riverside-hospital,meeting,1,Fall kickoff: job-shadowing expands to 30 students; consent form needs an update
    f1wqamca,2026-09-03,valley-college,review,2,"Fall start: 118 students enrolled in dual-credit sections, a record"
    est3r75p,2026-08-18,techforward,review,1,"Internship wrap-up: 19 of 20 completed, 4 offered part-time work"
    54k56tnt,2026-08-14,city-parks,meeting,2,Fall field and gym schedule agreed; Riverbend field needs resurfacing
    g7vfnajg,2026-07-22,riverside-hospital,event,0,Visited the summer health-teacher training: 38 teachers in the room
    p3b2mvyd,2026-07-15,harvest-food-bank,call,1,Summer meals went well; backpack list for the fall due in August
    bcywat28,2026-06-25,riverside-hospital,review,0,Year-end review: nurse educator funded for 2026-27; goals set for next year
    wa2rv8tg,2026-06-16,techforward,visit,0,Visited the interns on their first week; all 20 started
    10xwhwt0,2026-06-12,science-museum,meeting,1,The MOU expires this month; the new director wants to rewrite it
    fjrk30c5,2026-06-04,valley-college,meeting,1,Planned 2026-27 sections and started talking about the MOU renewal
    1s5g5vcy,2026-05-20,city-parks,visit,0,Site visit to the Riverbend Park after-school program
    z8wnk23e,2026-05-19,techforward,call,1,All 20 internships placed; bus passes to be arranged by the district
    szeh0vxk,2026-05-14,riverside-hospital,meeting,1,Job shadowing wrap-up: 23 of 24 students completed; budget decision pending
    h935vf29,2026-04-22,harvest-food-bank,meeting,0,Family market moves to the Grant Elementary gym on second Saturdays
    dwqa701z,2026-04-21,techforward,meeting,1,Interview days set; transportation is the main worry for students from the east side
    s3gkk83n,2026-04-16,riverside-hospital,call,1,Summer training dates set for July 20-24; mental-health first aid added
    y9her4gw,2026-03-18,eastside-neighbors,call,0,The association pauses tutoring until its new board is in place
    7a9t5s6c,2026-03-17,techforward,review,1,Reviewed applicants and the robotics club's spring season
    cy7mtsqt,2026-03-12,riverside-hospital,review,1,"Mid-year review: health-course pass rate up 6 points, fair drew 410 families"
    smthr0ct,2026-03-10,science-museum,call,0,Kits reached 14 classrooms; field trips booked for April and May
    q6a6pq1a,2026-03-05,valley-college,review,1,Fall results: 212 credits earned by 96 students; pass rate 88%
    f2gfr5be,2026-02-17,techforward,call,0,"Application push: 31 applicants so far, most from Jefferson High"
    xm23h3yf,2026-02-12,riverside-hospital,meeting,1,Job-shadowing roster for spring: 24 juniors across four departments
    1d2j297g,2026-02-11,city-parks,review,1,Joint-use review: after-school program at three parks served 240 students
    nj42y6q2,2026-01-21,harvest-food-bank,meeting,1,Weekend backpacks reached 310 families in the fall; waitlist at Grant Elementary
    gqkfmssk,2026-01-20,techforward,meeting,0,"Summer internship plan: 20 paid placements, applications open February 2"
    46vh73jn,2026-01-15,riverside-hospital,call,0,Health fair logistics; Lincoln High auditorium requested for March 6
    gc657myk,2026-01-14,eastside-neighbors,meeting,1,Tutoring volunteers cover four schools; the board election is set for spring
    zab5rrb1,2025-12-11,riverside-hospital,meeting,1,Planned the spring health fair and the nurse educator's second semester
    4dx24vn8,2025-12-09,science-museum,meeting,1,Spring field trips for grades 3-5 and the science kit rotation
    8y2sqmgc,2025-12-04,valley-college,meeting,2,Spring dual-credit sections: English 101 and Statistics added at Roosevelt High
    "#);
}

#[test]
fn checkin_show() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["checkin", "show", "1sxfczcf"]), @"
    Meeting with Riverside Regional Hospital on 2026-11-12  1sxfczcf
    Fall numbers look good; shadowing is waiting on the updated consent form

      attendees  Dana Whitfield, Dr. Maya Chen, Luis Park
      topics     progress, data, challenges
      rating     4 of 5
      next       2026-12-10
      logged by  Dana Whitfield

    Notes
      Fall health-course pass rate is tracking at 85%.
      Shadowing placements cannot start until the new consent form is out; Maya will chase legal.

    Action items
      haw9gpez  due in 22 days    Share fall attendance and health-course data (Dana Whitfield, ours)
    ");
    insta::assert_snapshot!(env.ok(&["checkin", "show", "1sxfczcf", "--format", "json"]), @r#"
    {
      "partner": "riverside-hospital",
      "partner_name": "Riverside Regional Hospital",
      "id": "1sxfczcf",
      "date": "2026-11-12",
      "kind": "meeting",
      "attendees": [
        "Dana Whitfield",
        "Dr. Maya Chen",
        "Luis Park"
      ],
      "summary": "Fall numbers look good; shadowing is waiting on the updated consent form",
      "notes": "Fall health-course pass rate is tracking at 85%.\nShadowing placements cannot start until the new consent form is out; Maya will chase legal.",
      "topics": [
        "progress",
        "data",
        "challenges"
      ],
      "rating": 4,
      "next": "2026-12-10",
      "by": "Dana Whitfield",
      "actions": 1,
      "action_items": [
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "haw9gpez",
          "text": "Share fall attendance and health-course data",
          "owner": "Dana Whitfield",
          "side": "ours",
          "due": "2026-12-15",
          "done": null,
          "checkin": "1sxfczcf",
          "created": "2026-11-12",
          "by": "Dana Whitfield",
          "status": "open",
          "days_overdue": null,
          "days_late": null
        }
      ]
    }
    "#);
    insta::assert_snapshot!(env.ok(&["checkin", "show", "nj42y6q2"]), @"
    Meeting with Harvest Table Food Bank on 2026-01-21  nj42y6q2
    Weekend backpacks reached 310 families in the fall; waitlist at Grant Elementary

      attendees  Keisha Monroe, Tom Reyes
      topics     progress, data, challenges
      rating     4 of 5
      logged by  Keisha Monroe

    Action items
      nf197ae6  done 2026-02-26   Clear the Grant Elementary backpack waitlist (Tom Reyes, partner)
    ");
    insta::assert_snapshot!(env.ok(&["checkin", "show", "nj42y6q2", "--format", "json"]), @r#"
    {
      "partner": "harvest-food-bank",
      "partner_name": "Harvest Table Food Bank",
      "id": "nj42y6q2",
      "date": "2026-01-21",
      "kind": "meeting",
      "attendees": [
        "Keisha Monroe",
        "Tom Reyes"
      ],
      "summary": "Weekend backpacks reached 310 families in the fall; waitlist at Grant Elementary",
      "notes": null,
      "topics": [
        "progress",
        "data",
        "challenges"
      ],
      "rating": 4,
      "next": null,
      "by": "Keisha Monroe",
      "actions": 1,
      "action_items": [
        {
          "partner": "harvest-food-bank",
          "partner_name": "Harvest Table Food Bank",
          "id": "nf197ae6",
          "text": "Clear the Grant Elementary backpack waitlist",
          "owner": "Tom Reyes",
          "side": "partner",
          "due": "2026-02-28",
          "done": "2026-02-26",
          "checkin": "nj42y6q2",
          "created": "2026-01-21",
          "by": "Keisha Monroe",
          "status": "done",
          "days_overdue": null,
          "days_late": 0
        }
      ]
    }
    "#);
}

#[test]
fn action_list() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["action", "list"]), @"
    ID        PARTNER                 SIDE     OWNER              DUE         STATUS                         TEXT
    h7y7nb1d  science-museum          partner  Helen Brooks       2026-08-01  3 months overdue               Send a draft of the rewritten MOU
    8pbdfbbe  valley-college          ours     Marcus Bell        2026-10-15  39 days overdue                Send fall dual-credit enrollment numbers by school
    vdj1jt8b  riverside-hospital      partner  Dr. Maya Chen      2026-11-06  17 days overdue                Send the updated job-shadowing consent form
    2d2xv1rf  techforward             ours     Dana Whitfield     2026-11-16  7 days overdue                 Process the mentors' clearance forms and send the club schedule
    t6j2s6fy  valley-college          partner  Prof. Alan Okafor  2026-11-30  due in 7 days                  Send the draft renewal MOU to the district
    fjvpg6kq  city-parks              ours     Marcus Bell        2026-12-01  due in 8 days                  Send the gym schedule for the winter season
    br5srhx3  harvest-food-bank       partner  Tom Reyes          2026-12-04  due in 11 days                 Add Madison Elementary to the backpack deliveries
    e062axsz  northside-credit-union  ours     Keisha Monroe      2026-12-04  due in 11 days                 Draft the fit assessment for the cabinet
    haw9gpez  riverside-hospital      ours     Dana Whitfield     2026-12-15  due in 22 days                 Share fall attendance and health-course data
    agrye4k9  harvest-food-bank       ours     Keisha Monroe      2026-11-20  done 2026-11-18                Find a Friday delivery volunteer at Madison Elementary
    g59vka6g  northside-credit-union  partner  Grace Kim          2026-11-06  done 2026-11-04                Send the financial-literacy curriculum outline
    22kzrx60  techforward             partner  Priya Natarajan    2026-10-01  done 2026-10-09, 8 days late   Name two robotics club mentors for the fall
    a5k8kpa1  techforward             partner  Priya Natarajan    2026-09-30  done 2026-09-25                Share the intern exit survey results
    3p7wsea0  city-parks              partner  Derek Simmons      2026-08-31  done 2026-09-12, 12 days late  Resurface the Riverbend Park field before the fall season
    303bj3d9  harvest-food-bank       ours     Keisha Monroe      2026-08-21  done 2026-08-19                Send the updated weekend-backpack family list
    50nhbv12  valley-college          ours     Marcus Bell        2026-07-15  done 2026-07-31, 16 days late  Report spring credits earned
    35hdv77r  riverside-hospital      partner  Mark Ellison       2026-05-31  done 2026-06-19, 19 days late  Confirm the nurse educator budget for 2026-27
    m6rf47cq  techforward             ours     Dana Whitfield     2026-06-05  done 2026-06-03                Arrange bus passes for the interns
    dhjjmyk8  techforward             partner  Priya Natarajan    2026-05-15  done 2026-05-13                Confirm the 20 internship placements
    mtm5f1cj  riverside-hospital      partner  Dr. Maya Chen      2026-05-15  done 2026-05-12                Confirm the trainers for the mental-health first aid day
    rr634h1v  techforward             ours     Dana Whitfield     2026-03-31  done 2026-04-07, 7 days late   Send the full applicant list with teacher references
    6t5m87nc  riverside-hospital      ours     Dana Whitfield     2026-04-03  done 2026-04-02                Send attendance data by grade for the budget review
    bemnv238  valley-college          partner  Rosa Delgado       2026-04-01  done 2026-03-30                Set up the Statistics tutoring hour
    jgx5hwj8  city-parks              ours     Marcus Bell        2026-03-15  done 2026-03-10                Move district basketball off Wednesdays at Central Park
    nf197ae6  harvest-food-bank       partner  Tom Reyes          2026-02-28  done 2026-02-26                Clear the Grant Elementary backpack waitlist
    pdmx9qr2  riverside-hospital      ours     Dana Whitfield     2026-02-27  done 2026-02-25                Send the job-shadowing consent forms to families
    g7mastj0  eastside-neighbors      partner  Ana Flores         2026-02-06  done 2026-02-10, 4 days late   Share the spring tutoring volunteer roster
    sn2gzher  valley-college          ours     Marcus Bell        2026-01-31  done 2026-01-29                Report fall credits earned
    zdpsfw03  science-museum          partner  Helen Brooks       2026-01-30  done 2026-01-28                Confirm spring field-trip dates for grades 3-5
    sngkh1mn  riverside-hospital      ours     Dana Whitfield     2026-01-30  done 2026-01-22                Book the Lincoln High auditorium for the health fair
    sf5x4jec  valley-college          partner  Rosa Delgado       2026-01-09  done 2026-01-08                Publish the spring dual-credit section list
    ");
    insta::assert_snapshot!(env.ok(&["action", "list", "--format", "json"]), @r#"
    [
      {
        "partner": "science-museum",
        "partner_name": "Riverside Museum of Science & History",
        "id": "h7y7nb1d",
        "text": "Send a draft of the rewritten MOU",
        "owner": "Helen Brooks",
        "side": "partner",
        "due": "2026-08-01",
        "done": null,
        "checkin": "10xwhwt0",
        "created": "2026-06-12",
        "by": "Keisha Monroe",
        "status": "overdue",
        "days_overdue": 114,
        "days_late": null
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "8pbdfbbe",
        "text": "Send fall dual-credit enrollment numbers by school",
        "owner": "Marcus Bell",
        "side": "ours",
        "due": "2026-10-15",
        "done": null,
        "checkin": "f1wqamca",
        "created": "2026-09-03",
        "by": "Marcus Bell",
        "status": "overdue",
        "days_overdue": 39,
        "days_late": null
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "vdj1jt8b",
        "text": "Send the updated job-shadowing consent form",
        "owner": "Dr. Maya Chen",
        "side": "partner",
        "due": "2026-11-06",
        "done": null,
        "checkin": "nsbvkd1s",
        "created": "2026-09-10",
        "by": "Dana Whitfield",
        "status": "overdue",
        "days_overdue": 17,
        "days_late": null
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "2d2xv1rf",
        "text": "Process the mentors' clearance forms and send the club schedule",
        "owner": "Dana Whitfield",
        "side": "ours",
        "due": "2026-11-16",
        "done": null,
        "checkin": "36xjj334",
        "created": "2026-11-13",
        "by": "Dana Whitfield",
        "status": "overdue",
        "days_overdue": 7,
        "days_late": null
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "t6j2s6fy",
        "text": "Send the draft renewal MOU to the district",
        "owner": "Prof. Alan Okafor",
        "side": "partner",
        "due": "2026-11-30",
        "done": null,
        "checkin": "f1wqamca",
        "created": "2026-09-03",
        "by": "Marcus Bell",
        "status": "open",
        "days_overdue": null,
        "days_late": null
      },
      {
        "partner": "city-parks",
        "partner_name": "City of Riverside Parks & Recreation",
        "id": "fjvpg6kq",
        "text": "Send the gym schedule for the winter season",
        "owner": "Marcus Bell",
        "side": "ours",
        "due": "2026-12-01",
        "done": null,
        "checkin": "54k56tnt",
        "created": "2026-08-14",
        "by": "Marcus Bell",
        "status": "open",
        "days_overdue": null,
        "days_late": null
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "br5srhx3",
        "text": "Add Madison Elementary to the backpack deliveries",
        "owner": "Tom Reyes",
        "side": "partner",
        "due": "2026-12-04",
        "done": null,
        "checkin": "wb7h9qae",
        "created": "2026-10-21",
        "by": "Keisha Monroe",
        "status": "open",
        "days_overdue": null,
        "days_late": null
      },
      {
        "partner": "northside-credit-union",
        "partner_name": "Northside Credit Union",
        "id": "e062axsz",
        "text": "Draft the fit assessment for the cabinet",
        "owner": "Keisha Monroe",
        "side": "ours",
        "due": "2026-12-04",
        "done": null,
        "checkin": "2tde3kgb",
        "created": "2026-11-17",
        "by": "Keisha Monroe",
        "status": "open",
        "days_overdue": null,
        "days_late": null
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "haw9gpez",
        "text": "Share fall attendance and health-course data",
        "owner": "Dana Whitfield",
        "side": "ours",
        "due": "2026-12-15",
        "done": null,
        "checkin": "1sxfczcf",
        "created": "2026-11-12",
        "by": "Dana Whitfield",
        "status": "open",
        "days_overdue": null,
        "days_late": null
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "agrye4k9",
        "text": "Find a Friday delivery volunteer at Madison Elementary",
        "owner": "Keisha Monroe",
        "side": "ours",
        "due": "2026-11-20",
        "done": "2026-11-18",
        "checkin": "wb7h9qae",
        "created": "2026-10-21",
        "by": "Keisha Monroe",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "northside-credit-union",
        "partner_name": "Northside Credit Union",
        "id": "g59vka6g",
        "text": "Send the financial-literacy curriculum outline",
        "owner": "Grace Kim",
        "side": "partner",
        "due": "2026-11-06",
        "done": "2026-11-04",
        "checkin": "dav4kwjd",
        "created": "2026-10-20",
        "by": "Keisha Monroe",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "22kzrx60",
        "text": "Name two robotics club mentors for the fall",
        "owner": "Priya Natarajan",
        "side": "partner",
        "due": "2026-10-01",
        "done": "2026-10-09",
        "checkin": "7r9sqanp",
        "created": "2026-09-15",
        "by": "Dana Whitfield",
        "status": "done",
        "days_overdue": null,
        "days_late": 8
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "a5k8kpa1",
        "text": "Share the intern exit survey results",
        "owner": "Priya Natarajan",
        "side": "partner",
        "due": "2026-09-30",
        "done": "2026-09-25",
        "checkin": "est3r75p",
        "created": "2026-08-18",
        "by": "Dana Whitfield",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "city-parks",
        "partner_name": "City of Riverside Parks & Recreation",
        "id": "3p7wsea0",
        "text": "Resurface the Riverbend Park field before the fall season",
        "owner": "Derek Simmons",
        "side": "partner",
        "due": "2026-08-31",
        "done": "2026-09-12",
        "checkin": "54k56tnt",
        "created": "2026-08-14",
        "by": "Marcus Bell",
        "status": "done",
        "days_overdue": null,
        "days_late": 12
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "303bj3d9",
        "text": "Send the updated weekend-backpack family list",
        "owner": "Keisha Monroe",
        "side": "ours",
        "due": "2026-08-21",
        "done": "2026-08-19",
        "checkin": "p3b2mvyd",
        "created": "2026-07-15",
        "by": "Keisha Monroe",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "50nhbv12",
        "text": "Report spring credits earned",
        "owner": "Marcus Bell",
        "side": "ours",
        "due": "2026-07-15",
        "done": "2026-07-31",
        "checkin": "fjrk30c5",
        "created": "2026-06-04",
        "by": "Marcus Bell",
        "status": "done",
        "days_overdue": null,
        "days_late": 16
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "35hdv77r",
        "text": "Confirm the nurse educator budget for 2026-27",
        "owner": "Mark Ellison",
        "side": "partner",
        "due": "2026-05-31",
        "done": "2026-06-19",
        "checkin": "szeh0vxk",
        "created": "2026-05-14",
        "by": "Dana Whitfield",
        "status": "done",
        "days_overdue": null,
        "days_late": 19
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "m6rf47cq",
        "text": "Arrange bus passes for the interns",
        "owner": "Dana Whitfield",
        "side": "ours",
        "due": "2026-06-05",
        "done": "2026-06-03",
        "checkin": "z8wnk23e",
        "created": "2026-05-19",
        "by": "Dana Whitfield",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "dhjjmyk8",
        "text": "Confirm the 20 internship placements",
        "owner": "Priya Natarajan",
        "side": "partner",
        "due": "2026-05-15",
        "done": "2026-05-13",
        "checkin": "dwqa701z",
        "created": "2026-04-21",
        "by": "Dana Whitfield",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "mtm5f1cj",
        "text": "Confirm the trainers for the mental-health first aid day",
        "owner": "Dr. Maya Chen",
        "side": "partner",
        "due": "2026-05-15",
        "done": "2026-05-12",
        "checkin": "s3gkk83n",
        "created": "2026-04-16",
        "by": "Dana Whitfield",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "rr634h1v",
        "text": "Send the full applicant list with teacher references",
        "owner": "Dana Whitfield",
        "side": "ours",
        "due": "2026-03-31",
        "done": "2026-04-07",
        "checkin": "7a9t5s6c",
        "created": "2026-03-17",
        "by": "Dana Whitfield",
        "status": "done",
        "days_overdue": null,
        "days_late": 7
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "6t5m87nc",
        "text": "Send attendance data by grade for the budget review",
        "owner": "Dana Whitfield",
        "side": "ours",
        "due": "2026-04-03",
        "done": "2026-04-02",
        "checkin": "cy7mtsqt",
        "created": "2026-03-12",
        "by": "Dana Whitfield",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "bemnv238",
        "text": "Set up the Statistics tutoring hour",
        "owner": "Rosa Delgado",
        "side": "partner",
        "due": "2026-04-01",
        "done": "2026-03-30",
        "checkin": "q6a6pq1a",
        "created": "2026-03-05",
        "by": "Marcus Bell",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "city-parks",
        "partner_name": "City of Riverside Parks & Recreation",
        "id": "jgx5hwj8",
        "text": "Move district basketball off Wednesdays at Central Park",
        "owner": "Marcus Bell",
        "side": "ours",
        "due": "2026-03-15",
        "done": "2026-03-10",
        "checkin": "1d2j297g",
        "created": "2026-02-11",
        "by": "Marcus Bell",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "nf197ae6",
        "text": "Clear the Grant Elementary backpack waitlist",
        "owner": "Tom Reyes",
        "side": "partner",
        "due": "2026-02-28",
        "done": "2026-02-26",
        "checkin": "nj42y6q2",
        "created": "2026-01-21",
        "by": "Keisha Monroe",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "pdmx9qr2",
        "text": "Send the job-shadowing consent forms to families",
        "owner": "Dana Whitfield",
        "side": "ours",
        "due": "2026-02-27",
        "done": "2026-02-25",
        "checkin": "xm23h3yf",
        "created": "2026-02-12",
        "by": "Dana Whitfield",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "eastside-neighbors",
        "partner_name": "Eastside Neighborhood Association",
        "id": "g7mastj0",
        "text": "Share the spring tutoring volunteer roster",
        "owner": "Ana Flores",
        "side": "partner",
        "due": "2026-02-06",
        "done": "2026-02-10",
        "checkin": "gc657myk",
        "created": "2026-01-14",
        "by": "Keisha Monroe",
        "status": "done",
        "days_overdue": null,
        "days_late": 4
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "sn2gzher",
        "text": "Report fall credits earned",
        "owner": "Marcus Bell",
        "side": "ours",
        "due": "2026-01-31",
        "done": "2026-01-29",
        "checkin": "8y2sqmgc",
        "created": "2025-12-04",
        "by": "Marcus Bell",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "science-museum",
        "partner_name": "Riverside Museum of Science & History",
        "id": "zdpsfw03",
        "text": "Confirm spring field-trip dates for grades 3-5",
        "owner": "Helen Brooks",
        "side": "partner",
        "due": "2026-01-30",
        "done": "2026-01-28",
        "checkin": "4dx24vn8",
        "created": "2025-12-09",
        "by": "Keisha Monroe",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "sngkh1mn",
        "text": "Book the Lincoln High auditorium for the health fair",
        "owner": "Dana Whitfield",
        "side": "ours",
        "due": "2026-01-30",
        "done": "2026-01-22",
        "checkin": "zab5rrb1",
        "created": "2025-12-11",
        "by": "Dana Whitfield",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "sf5x4jec",
        "text": "Publish the spring dual-credit section list",
        "owner": "Rosa Delgado",
        "side": "partner",
        "due": "2026-01-09",
        "done": "2026-01-08",
        "checkin": "8y2sqmgc",
        "created": "2025-12-04",
        "by": "Marcus Bell",
        "status": "done",
        "days_overdue": null,
        "days_late": 0
      }
    ]
    "#);
    insta::assert_snapshot!(env.ok(&["action", "list", "--format", "csv"]), @r#"
    id,partner,side,owner,due,status,text
    h7y7nb1d,science-museum,partner,Helen Brooks,2026-08-01,3 months overdue,Send a draft of the rewritten MOU
    8pbdfbbe,valley-college,ours,Marcus Bell,2026-10-15,39 days overdue,Send fall dual-credit enrollment numbers by school
    vdj1jt8b,riverside-hospital,partner,Dr. Maya Chen,2026-11-06,17 days overdue,Send the updated job-shadowing consent form
    2d2xv1rf,techforward,ours,Dana Whitfield,2026-11-16,7 days overdue,Process the mentors' clearance forms and send the club schedule
    t6j2s6fy,valley-college,partner,Prof. Alan Okafor,2026-11-30,due in 7 days,Send the draft renewal MOU to the district
    fjvpg6kq,city-parks,ours,Marcus Bell,2026-12-01,due in 8 days,Send the gym schedule for the winter season
    br5srhx3,harvest-food-bank,partner,Tom Reyes,2026-12-04,due in 11 days,Add Madison Elementary to the backpack deliveries
    e062axsz,northside-credit-union,ours,Keisha Monroe,2026-12-04,due in 11 days,Draft the fit assessment for the cabinet
    haw9gpez,riverside-hospital,ours,Dana Whitfield,2026-12-15,due in 22 days,Share fall attendance and health-course data
    agrye4k9,harvest-food-bank,ours,Keisha Monroe,2026-11-20,done 2026-11-18,Find a Friday delivery volunteer at Madison Elementary
    g59vka6g,northside-credit-union,partner,Grace Kim,2026-11-06,done 2026-11-04,Send the financial-literacy curriculum outline
    22kzrx60,techforward,partner,Priya Natarajan,2026-10-01,"done 2026-10-09, 8 days late",Name two robotics club mentors for the fall
    a5k8kpa1,techforward,partner,Priya Natarajan,2026-09-30,done 2026-09-25,Share the intern exit survey results
    3p7wsea0,city-parks,partner,Derek Simmons,2026-08-31,"done 2026-09-12, 12 days late",Resurface the Riverbend Park field before the fall season
    303bj3d9,harvest-food-bank,ours,Keisha Monroe,2026-08-21,done 2026-08-19,Send the updated weekend-backpack family list
    50nhbv12,valley-college,ours,Marcus Bell,2026-07-15,"done 2026-07-31, 16 days late",Report spring credits earned
    35hdv77r,riverside-hospital,partner,Mark Ellison,2026-05-31,"done 2026-06-19, 19 days late",Confirm the nurse educator budget for 2026-27
    m6rf47cq,techforward,ours,Dana Whitfield,2026-06-05,done 2026-06-03,Arrange bus passes for the interns
    dhjjmyk8,techforward,partner,Priya Natarajan,2026-05-15,done 2026-05-13,Confirm the 20 internship placements
    mtm5f1cj,riverside-hospital,partner,Dr. Maya Chen,2026-05-15,done 2026-05-12,Confirm the trainers for the mental-health first aid day
    rr634h1v,techforward,ours,Dana Whitfield,2026-03-31,"done 2026-04-07, 7 days late",Send the full applicant list with teacher references
    6t5m87nc,riverside-hospital,ours,Dana Whitfield,2026-04-03,done 2026-04-02,Send attendance data by grade for the budget review
    bemnv238,valley-college,partner,Rosa Delgado,2026-04-01,done 2026-03-30,Set up the Statistics tutoring hour
    jgx5hwj8,city-parks,ours,Marcus Bell,2026-03-15,done 2026-03-10,Move district basketball off Wednesdays at Central Park
    nf197ae6,harvest-food-bank,partner,Tom Reyes,2026-02-28,done 2026-02-26,Clear the Grant Elementary backpack waitlist
    pdmx9qr2,riverside-hospital,ours,Dana Whitfield,2026-02-27,done 2026-02-25,Send the job-shadowing consent forms to families
    g7mastj0,eastside-neighbors,partner,Ana Flores,2026-02-06,"done 2026-02-10, 4 days late",Share the spring tutoring volunteer roster
    sn2gzher,valley-college,ours,Marcus Bell,2026-01-31,done 2026-01-29,Report fall credits earned
    zdpsfw03,science-museum,partner,Helen Brooks,2026-01-30,done 2026-01-28,Confirm spring field-trip dates for grades 3-5
    sngkh1mn,riverside-hospital,ours,Dana Whitfield,2026-01-30,done 2026-01-22,Book the Lincoln High auditorium for the health fair
    sf5x4jec,valley-college,partner,Rosa Delgado,2026-01-09,done 2026-01-08,Publish the spring dual-credit section list
    "#);
}

#[test]
fn goal_list() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["goal", "list"]), @"
    TITLE                                       ID                       PARTNERS            BASELINE  LATEST              TARGET  DUE         PROGRESS        STATUS
    Every 5th-grade class visits the museum     museum-field-trips       science-museum           60%  88% (2026-06-05)      100%  2026-06-12  ███████░░░ 70%  overdue
    Reach 450 pantry families a month           pantry-families          harvest-food-bank        280  322 (2026-10-30)       450  2027-06-30  ██░░░░░░░░ 24%  off-track
    Cut chronic absence from 18% to 12%         chronic-absence          program                  18%  15.2% (2026-10-30)     12%  2027-06-30  ████░░░░░░ 46%  at-risk
    Students earn 9,000 dual-credit hours       dual-credit-hours        valley-college             0  6310 (2026-08-14)     9000  2027-06-30  ███████░░░ 70%  stale
    Place 30 interns in summer 2027             summer-2027-internships  techforward                0  -                       30  2027-07-31  -               no-data
    Train 70 health teachers with the hospital  health-teachers-trained  riverside-hospital        14  58 (2026-10-09)         70  2027-08-15  ███████░░░ 78%  on-track
    Hold daily attendance at 94%                attendance-rate          program                93.6%  94.4% (2026-10-30)     94%  2027-06-30  -               met
    ");
    insta::assert_snapshot!(env.ok(&["goal", "list", "--all"]), @"
    TITLE                                       ID                       PARTNERS            BASELINE  LATEST              TARGET  DUE         PROGRESS         STATUS
    Every 5th-grade class visits the museum     museum-field-trips       science-museum           60%  88% (2026-06-05)      100%  2026-06-12  ███████░░░ 70%   overdue
    Reach 450 pantry families a month           pantry-families          harvest-food-bank        280  322 (2026-10-30)       450  2027-06-30  ██░░░░░░░░ 24%   off-track
    Cut chronic absence from 18% to 12%         chronic-absence          program                  18%  15.2% (2026-10-30)     12%  2027-06-30  ████░░░░░░ 46%   at-risk
    Students earn 9,000 dual-credit hours       dual-credit-hours        valley-college             0  6310 (2026-08-14)     9000  2027-06-30  ███████░░░ 70%   stale
    Place 30 interns in summer 2027             summer-2027-internships  techforward                0  -                       30  2027-07-31  -                no-data
    Train 70 health teachers with the hospital  health-teachers-trained  riverside-hospital        14  58 (2026-10-09)         70  2027-08-15  ███████░░░ 78%   on-track
    Hold daily attendance at 94%                attendance-rate          program                93.6%  94.4% (2026-10-30)     94%  2027-06-30  -                met
    Place 40 paid interns over two summers      techforward-internships  techforward                0  41 (2026-07-10)         40  2026-08-31  ██████████ 102%  closed (met)
    ");
    insta::assert_snapshot!(env.ok(&["goal", "list", "--format", "json"]), @r#"
    [
      {
        "id": "museum-field-trips",
        "title": "Every 5th-grade class visits the museum",
        "metric": "5th-grade classes with a museum field trip",
        "unit": "%",
        "direction": "increase",
        "partners": [
          "science-museum"
        ],
        "baseline": 60.0,
        "latest": 88.0,
        "latest_date": "2026-06-05",
        "target": 100.0,
        "start": "2024-08-19",
        "due": "2026-06-12",
        "progress": 70.0,
        "expected": 100.0,
        "status": "overdue",
        "reason": "it was due 2026-06-12 (5 months ago); the latest value, 88% on 2026-06-05, falls short of the target of 100%",
        "closed": false
      },
      {
        "id": "pantry-families",
        "title": "Reach 450 pantry families a month",
        "metric": "families served per month",
        "unit": "families",
        "direction": "increase",
        "partners": [
          "harvest-food-bank"
        ],
        "baseline": 280.0,
        "latest": 322.0,
        "latest_date": "2026-10-30",
        "target": 450.0,
        "start": "2025-09-01",
        "due": "2027-06-30",
        "progress": 24.705882352941178,
        "expected": 67.16641679160419,
        "status": "off-track",
        "reason": "24% of the way from 280 families to 450 families, with 67% of the time to 2027-06-30 gone (on track from 57%)",
        "closed": false
      },
      {
        "id": "chronic-absence",
        "title": "Cut chronic absence from 18% to 12%",
        "metric": "chronic absence rate",
        "unit": "%",
        "direction": "decrease",
        "partners": [],
        "baseline": 18.0,
        "latest": 15.2,
        "latest_date": "2026-10-30",
        "target": 12.0,
        "start": "2025-08-15",
        "due": "2027-06-30",
        "progress": 46.66666666666668,
        "expected": 67.98245614035088,
        "status": "at-risk",
        "reason": "46% of the way from 18% to 12%, with 67% of the time to 2027-06-30 gone (on track from 57%)",
        "closed": false
      },
      {
        "id": "dual-credit-hours",
        "title": "Students earn 9,000 dual-credit hours",
        "metric": "college credit hours earned since fall 2024",
        "unit": "credit hours",
        "direction": "increase",
        "partners": [
          "valley-college"
        ],
        "baseline": 0.0,
        "latest": 6310.0,
        "latest_date": "2026-08-14",
        "target": 9000.0,
        "start": "2024-08-19",
        "due": "2027-06-30",
        "progress": 70.11111111111111,
        "expected": 79.04306220095694,
        "status": "stale",
        "reason": "the latest measurement, 6310 credit hours on 2026-08-14 (3 months ago), is more than a quarter old",
        "closed": false
      },
      {
        "id": "summer-2027-internships",
        "title": "Place 30 interns in summer 2027",
        "metric": "students placed for summer 2027",
        "unit": "students",
        "direction": "increase",
        "partners": [
          "techforward"
        ],
        "baseline": 0.0,
        "latest": null,
        "latest_date": null,
        "target": 30.0,
        "start": "2026-09-01",
        "due": "2027-07-31",
        "progress": null,
        "expected": 24.924924924924923,
        "status": "no-data",
        "reason": "no measurement yet since it started 2026-09-01 (2 months ago)",
        "closed": false
      },
      {
        "id": "health-teachers-trained",
        "title": "Train 70 health teachers with the hospital",
        "metric": "teachers trained",
        "unit": "teachers",
        "direction": "increase",
        "partners": [
          "riverside-hospital"
        ],
        "baseline": 14.0,
        "latest": 58.0,
        "latest_date": "2026-10-09",
        "target": 70.0,
        "start": "2024-09-01",
        "due": "2027-08-15",
        "progress": 78.57142857142857,
        "expected": 75.41743970315399,
        "status": "on-track",
        "reason": "78% of the way from 14 teachers to 70 teachers, with 75% of the time to 2027-08-15 gone (on track from 65%)",
        "closed": false
      },
      {
        "id": "attendance-rate",
        "title": "Hold daily attendance at 94%",
        "metric": "average daily attendance",
        "unit": "%",
        "direction": "maintain",
        "partners": [],
        "baseline": 93.6,
        "latest": 94.4,
        "latest_date": "2026-10-30",
        "target": 94.0,
        "start": "2025-08-15",
        "due": "2027-06-30",
        "progress": null,
        "expected": 67.98245614035088,
        "status": "met",
        "reason": "the latest value, 94.4% on 2026-10-30, is within the band of 94% ± 1",
        "closed": false
      }
    ]
    "#);
    insta::assert_snapshot!(env.ok(&["goal", "list", "--all", "--format", "json"]), @r#"
    [
      {
        "id": "museum-field-trips",
        "title": "Every 5th-grade class visits the museum",
        "metric": "5th-grade classes with a museum field trip",
        "unit": "%",
        "direction": "increase",
        "partners": [
          "science-museum"
        ],
        "baseline": 60.0,
        "latest": 88.0,
        "latest_date": "2026-06-05",
        "target": 100.0,
        "start": "2024-08-19",
        "due": "2026-06-12",
        "progress": 70.0,
        "expected": 100.0,
        "status": "overdue",
        "reason": "it was due 2026-06-12 (5 months ago); the latest value, 88% on 2026-06-05, falls short of the target of 100%",
        "closed": false
      },
      {
        "id": "pantry-families",
        "title": "Reach 450 pantry families a month",
        "metric": "families served per month",
        "unit": "families",
        "direction": "increase",
        "partners": [
          "harvest-food-bank"
        ],
        "baseline": 280.0,
        "latest": 322.0,
        "latest_date": "2026-10-30",
        "target": 450.0,
        "start": "2025-09-01",
        "due": "2027-06-30",
        "progress": 24.705882352941178,
        "expected": 67.16641679160419,
        "status": "off-track",
        "reason": "24% of the way from 280 families to 450 families, with 67% of the time to 2027-06-30 gone (on track from 57%)",
        "closed": false
      },
      {
        "id": "chronic-absence",
        "title": "Cut chronic absence from 18% to 12%",
        "metric": "chronic absence rate",
        "unit": "%",
        "direction": "decrease",
        "partners": [],
        "baseline": 18.0,
        "latest": 15.2,
        "latest_date": "2026-10-30",
        "target": 12.0,
        "start": "2025-08-15",
        "due": "2027-06-30",
        "progress": 46.66666666666668,
        "expected": 67.98245614035088,
        "status": "at-risk",
        "reason": "46% of the way from 18% to 12%, with 67% of the time to 2027-06-30 gone (on track from 57%)",
        "closed": false
      },
      {
        "id": "dual-credit-hours",
        "title": "Students earn 9,000 dual-credit hours",
        "metric": "college credit hours earned since fall 2024",
        "unit": "credit hours",
        "direction": "increase",
        "partners": [
          "valley-college"
        ],
        "baseline": 0.0,
        "latest": 6310.0,
        "latest_date": "2026-08-14",
        "target": 9000.0,
        "start": "2024-08-19",
        "due": "2027-06-30",
        "progress": 70.11111111111111,
        "expected": 79.04306220095694,
        "status": "stale",
        "reason": "the latest measurement, 6310 credit hours on 2026-08-14 (3 months ago), is more than a quarter old",
        "closed": false
      },
      {
        "id": "summer-2027-internships",
        "title": "Place 30 interns in summer 2027",
        "metric": "students placed for summer 2027",
        "unit": "students",
        "direction": "increase",
        "partners": [
          "techforward"
        ],
        "baseline": 0.0,
        "latest": null,
        "latest_date": null,
        "target": 30.0,
        "start": "2026-09-01",
        "due": "2027-07-31",
        "progress": null,
        "expected": 24.924924924924923,
        "status": "no-data",
        "reason": "no measurement yet since it started 2026-09-01 (2 months ago)",
        "closed": false
      },
      {
        "id": "health-teachers-trained",
        "title": "Train 70 health teachers with the hospital",
        "metric": "teachers trained",
        "unit": "teachers",
        "direction": "increase",
        "partners": [
          "riverside-hospital"
        ],
        "baseline": 14.0,
        "latest": 58.0,
        "latest_date": "2026-10-09",
        "target": 70.0,
        "start": "2024-09-01",
        "due": "2027-08-15",
        "progress": 78.57142857142857,
        "expected": 75.41743970315399,
        "status": "on-track",
        "reason": "78% of the way from 14 teachers to 70 teachers, with 75% of the time to 2027-08-15 gone (on track from 65%)",
        "closed": false
      },
      {
        "id": "attendance-rate",
        "title": "Hold daily attendance at 94%",
        "metric": "average daily attendance",
        "unit": "%",
        "direction": "maintain",
        "partners": [],
        "baseline": 93.6,
        "latest": 94.4,
        "latest_date": "2026-10-30",
        "target": 94.0,
        "start": "2025-08-15",
        "due": "2027-06-30",
        "progress": null,
        "expected": 67.98245614035088,
        "status": "met",
        "reason": "the latest value, 94.4% on 2026-10-30, is within the band of 94% ± 1",
        "closed": false
      },
      {
        "id": "techforward-internships",
        "title": "Place 40 paid interns over two summers",
        "metric": "students placed in paid internships since fall 2024",
        "unit": "students",
        "direction": "increase",
        "partners": [
          "techforward"
        ],
        "baseline": 0.0,
        "latest": 41.0,
        "latest_date": "2026-07-10",
        "target": 40.0,
        "start": "2024-09-01",
        "due": "2026-08-31",
        "progress": 102.5,
        "expected": 100.0,
        "status": "met",
        "reason": "closed as met on 2026-08-28: 41 placed over two summers; TechForward wants 30 a summer from 2027.",
        "closed": true
      }
    ]
    "#);
    insta::assert_snapshot!(env.ok(&["goal", "list", "--format", "csv"]), @r#"
    title,id,partners,baseline,latest,target,due,progress,status
    Every 5th-grade class visits the museum,museum-field-trips,science-museum,60%,88% (2026-06-05),100%,2026-06-12,70%,overdue
    Reach 450 pantry families a month,pantry-families,harvest-food-bank,280,322 (2026-10-30),450,2027-06-30,24%,off-track
    Cut chronic absence from 18% to 12%,chronic-absence,program,18%,15.2% (2026-10-30),12%,2027-06-30,46%,at-risk
    "Students earn 9,000 dual-credit hours",dual-credit-hours,valley-college,0,6310 (2026-08-14),9000,2027-06-30,70%,stale
    Place 30 interns in summer 2027,summer-2027-internships,techforward,0,,30,2027-07-31,,no-data
    Train 70 health teachers with the hospital,health-teachers-trained,riverside-hospital,14,58 (2026-10-09),70,2027-08-15,78%,on-track
    Hold daily attendance at 94%,attendance-rate,program,93.6%,94.4% (2026-10-30),94%,2027-06-30,,met
    "#);
    insta::assert_snapshot!(env.ok(&["goal", "list", "--all", "--format", "csv"]), @r#"
    title,id,partners,baseline,latest,target,due,progress,status
    Every 5th-grade class visits the museum,museum-field-trips,science-museum,60%,88% (2026-06-05),100%,2026-06-12,70%,overdue
    Reach 450 pantry families a month,pantry-families,harvest-food-bank,280,322 (2026-10-30),450,2027-06-30,24%,off-track
    Cut chronic absence from 18% to 12%,chronic-absence,program,18%,15.2% (2026-10-30),12%,2027-06-30,46%,at-risk
    "Students earn 9,000 dual-credit hours",dual-credit-hours,valley-college,0,6310 (2026-08-14),9000,2027-06-30,70%,stale
    Place 30 interns in summer 2027,summer-2027-internships,techforward,0,,30,2027-07-31,,no-data
    Train 70 health teachers with the hospital,health-teachers-trained,riverside-hospital,14,58 (2026-10-09),70,2027-08-15,78%,on-track
    Hold daily attendance at 94%,attendance-rate,program,93.6%,94.4% (2026-10-30),94%,2027-06-30,,met
    Place 40 paid interns over two summers,techforward-internships,techforward,0,41 (2026-07-10),40,2026-08-31,102%,closed (met)
    "#);
}

#[test]
fn goal_show() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["goal", "show", "chronic-absence"]), @"
    Cut chronic absence from 18% to 12%  chronic-absence
    program-wide · decrease · chronic absence rate (%)

      baseline  18%
      target    12% by 2027-06-30
      start     2025-08-15
      owner     Dr. Angela Ruiz

    Measurements
      2025-09-30  17.9%        SIS attendance dashboard
      2025-10-31  17.4%  -0.5
      2025-11-26    17%  -0.4
      2025-12-19  17.6%  +0.6  flu wave in the last two weeks before break
      2026-01-30  17.9%  +0.3
      2026-02-27  16.9%    -1
      2026-03-31  16.2%  -0.7
      2026-04-30  15.8%  -0.4
      2026-05-29  15.6%  -0.2
      2026-06-12  15.5%  -0.1  2025-26 year-end
      2026-09-30  15.8%  +0.3  new year; September always runs high
      2026-10-30  15.2%  -0.6

      █▇▇██▇▆▅▅▅▅▅  17.9% → 15.2% since 2025-09-30

    Status
      at-risk: 46% of the way from 18% to 12%, with 67% of the time to 2027-06-30 gone (on track from 57%)
      progress        ████░░░░░░ 46%
      expected today  13.9%

    Notes
      Hospital nurse visits, food-bank backpacks and the attendance mentors all feed this one.
    ");
    insta::assert_snapshot!(env.ok(&["goal", "show", "chronic-absence", "--format", "json"]), @r#"
    {
      "id": "chronic-absence",
      "title": "Cut chronic absence from 18% to 12%",
      "metric": "chronic absence rate",
      "unit": "%",
      "direction": "decrease",
      "baseline": 18.0,
      "target": 12.0,
      "band": null,
      "start": "2025-08-15",
      "due": "2027-06-30",
      "partners": [],
      "owner": "Dr. Angela Ruiz",
      "notes": "Hospital nurse visits, food-bank backpacks and the attendance mentors all feed this one.",
      "outcome": null,
      "closed": null,
      "close_note": null,
      "by": "Dana Whitfield",
      "measurements": [
        {
          "id": "5rn26he0",
          "date": "2025-09-30",
          "value": 17.9,
          "note": null,
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": null
        },
        {
          "id": "9pjampak",
          "date": "2025-10-31",
          "value": 17.4,
          "note": null,
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": -0.5
        },
        {
          "id": "g8qy58h8",
          "date": "2025-11-26",
          "value": 17.0,
          "note": null,
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": -0.3999999999999986
        },
        {
          "id": "hk8n50sw",
          "date": "2025-12-19",
          "value": 17.6,
          "note": "flu wave in the last two weeks before break",
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": 0.6000000000000014
        },
        {
          "id": "14fmng8q",
          "date": "2026-01-30",
          "value": 17.9,
          "note": null,
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": 0.29999999999999716
        },
        {
          "id": "3n2ry0bz",
          "date": "2026-02-27",
          "value": 16.9,
          "note": null,
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": -1.0
        },
        {
          "id": "6a3gp5an",
          "date": "2026-03-31",
          "value": 16.2,
          "note": null,
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": -0.6999999999999993
        },
        {
          "id": "b653qvcf",
          "date": "2026-04-30",
          "value": 15.8,
          "note": null,
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": -0.3999999999999986
        },
        {
          "id": "estzq72j",
          "date": "2026-05-29",
          "value": 15.6,
          "note": null,
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": -0.20000000000000107
        },
        {
          "id": "z80y5hjm",
          "date": "2026-06-12",
          "value": 15.5,
          "note": "2025-26 year-end",
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": -0.09999999999999964
        },
        {
          "id": "rz80de9g",
          "date": "2026-09-30",
          "value": 15.8,
          "note": "new year; September always runs high",
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": 0.3000000000000007
        },
        {
          "id": "94zwdh36",
          "date": "2026-10-30",
          "value": 15.2,
          "note": null,
          "source": "SIS attendance dashboard",
          "by": "Dana Whitfield",
          "change": -0.6000000000000014
        }
      ],
      "status": "at-risk",
      "reason": "46% of the way from 18% to 12%, with 67% of the time to 2027-06-30 gone (on track from 57%)",
      "latest": {
        "date": "2026-10-30",
        "value": 15.2
      },
      "progress": 46.66666666666668,
      "expected": 67.98245614035088,
      "on_track_from": 57.98245614035088,
      "expected_value": 13.921052631578949,
      "trend": "█▇▇██▇▆▅▅▅▅▅"
    }
    "#);
    insta::assert_snapshot!(env.ok(&["goal", "show", "summer-2027-internships"]), @"
    Place 30 interns in summer 2027  summer-2027-internships
    with TechForward Solutions (techforward) · increase · students placed for summer 2027 (students)

      baseline  0 students
      target    30 students by 2027-07-31
      start     2026-09-01
      owner     Dana Whitfield

    Measurements
      none yet

    Status
      no-data: no measurement yet since it started 2026-09-01 (2 months ago)
      expected today  7 students
    ");
    insta::assert_snapshot!(env.ok(&["goal", "show", "summer-2027-internships", "--format", "json"]), @r#"
    {
      "id": "summer-2027-internships",
      "title": "Place 30 interns in summer 2027",
      "metric": "students placed for summer 2027",
      "unit": "students",
      "direction": "increase",
      "baseline": 0.0,
      "target": 30.0,
      "band": null,
      "start": "2026-09-01",
      "due": "2027-07-31",
      "partners": [
        {
          "id": "techforward",
          "name": "TechForward Solutions"
        }
      ],
      "owner": "Dana Whitfield",
      "notes": null,
      "outcome": null,
      "closed": null,
      "close_note": null,
      "by": "Dana Whitfield",
      "measurements": [],
      "status": "no-data",
      "reason": "no measurement yet since it started 2026-09-01 (2 months ago)",
      "latest": null,
      "progress": null,
      "expected": 24.924924924924923,
      "on_track_from": null,
      "expected_value": 7.477477477477477,
      "trend": ""
    }
    "#);
    insta::assert_snapshot!(env.ok(&["goal", "show", "techforward-internships"]), @"
    Place 40 paid interns over two summers  techforward-internships
    with TechForward Solutions (techforward) · increase · students placed in paid internships since fall 2024 (students)

      baseline  0 students
      target    40 students by 2026-08-31
      start     2024-09-01
      owner     Dana Whitfield
      closed    met on 2026-08-28: 41 placed over two summers; TechForward wants 30 a summer from 2027.

    Measurements
      2025-03-14   6 students
      2025-05-30  17 students  +11
      2025-07-11  19 students   +2  summer 2025 cohort final
      2026-03-13  25 students   +6
      2026-05-29  37 students  +12
      2026-07-10  41 students   +4  summer 2026 cohort final

      ▂▄▄▅▇█  6 students → 41 students since 2025-03-14

    Status
      met: closed as met on 2026-08-28: 41 placed over two summers; TechForward wants 30 a summer from 2027.
      progress  ██████████ 102%
    ");
    insta::assert_snapshot!(env.ok(&["goal", "show", "techforward-internships", "--format", "json"]), @r#"
    {
      "id": "techforward-internships",
      "title": "Place 40 paid interns over two summers",
      "metric": "students placed in paid internships since fall 2024",
      "unit": "students",
      "direction": "increase",
      "baseline": 0.0,
      "target": 40.0,
      "band": null,
      "start": "2024-09-01",
      "due": "2026-08-31",
      "partners": [
        {
          "id": "techforward",
          "name": "TechForward Solutions"
        }
      ],
      "owner": "Dana Whitfield",
      "notes": null,
      "outcome": "met",
      "closed": "2026-08-28",
      "close_note": "41 placed over two summers; TechForward wants 30 a summer from 2027.",
      "by": "Dana Whitfield",
      "measurements": [
        {
          "id": "bd5mvhbk",
          "date": "2025-03-14",
          "value": 6.0,
          "note": null,
          "source": null,
          "by": "Dana Whitfield",
          "change": null
        },
        {
          "id": "qh3adeqs",
          "date": "2025-05-30",
          "value": 17.0,
          "note": null,
          "source": null,
          "by": "Dana Whitfield",
          "change": 11.0
        },
        {
          "id": "01m12tqv",
          "date": "2025-07-11",
          "value": 19.0,
          "note": "summer 2025 cohort final",
          "source": null,
          "by": "Dana Whitfield",
          "change": 2.0
        },
        {
          "id": "1y5a11az",
          "date": "2026-03-13",
          "value": 25.0,
          "note": null,
          "source": null,
          "by": "Dana Whitfield",
          "change": 6.0
        },
        {
          "id": "wytq16sq",
          "date": "2026-05-29",
          "value": 37.0,
          "note": null,
          "source": null,
          "by": "Dana Whitfield",
          "change": 12.0
        },
        {
          "id": "zar6je8j",
          "date": "2026-07-10",
          "value": 41.0,
          "note": "summer 2026 cohort final",
          "source": null,
          "by": "Dana Whitfield",
          "change": 4.0
        }
      ],
      "status": "met",
      "reason": "closed as met on 2026-08-28: 41 placed over two summers; TechForward wants 30 a summer from 2027.",
      "latest": {
        "date": "2026-07-10",
        "value": 41.0
      },
      "progress": 102.5,
      "expected": 100.0,
      "on_track_from": null,
      "expected_value": 40.0,
      "trend": "▂▄▄▅▇█"
    }
    "#);
}

#[test]
fn eval_list() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["eval", "list"]), @"
    DATE        PARTNER             ID        INSTRUMENT   SIDE     BY               SCORED  OVERALL  BAND
    2026-05-06  city-parks          x5r8k3xp  trust-value  ours     Marcus Bell         6/6      3.5  strength
    2025-06-12  harvest-food-bank   zyz04xpn  nuffield     ours     Keisha Monroe       6/6      4.1  strength
    2025-06-19  harvest-food-bank   ae3wfp6x  nuffield     partner  Tom Reyes           6/6      4.2  strength
    2025-10-14  riverside-hospital  ka0xgkz0  accord       ours     Dana Whitfield      7/7      4.1  strength
    2025-10-14  riverside-hospital  srj1she0  accord       ours     Dr. Angela Ruiz     7/7      4.0  strength
    2025-10-21  riverside-hospital  cbws60m3  accord       partner  Dr. Maya Chen       7/7      3.7  borderline
    2026-10-13  riverside-hospital  r7zwbmze  accord       ours     Dana Whitfield      7/7      4.2  strength
    2026-10-20  riverside-hospital  tec21mre  accord       partner  Dr. Maya Chen       7/7      3.8  borderline
    2026-03-10  techforward         cb0hk2w1  accord       ours     Dana Whitfield      7/7      3.9  borderline
    2025-05-15  valley-college      d9nf36he  accord       ours     Marcus Bell         7/7      4.1  strength
    2025-05-22  valley-college      q3qxrd6z  accord       partner  Rosa Delgado        7/7      4.0  strength
    2026-05-14  valley-college      nze3jy30  accord       ours     Marcus Bell         7/7      3.9  borderline
    2026-05-20  valley-college      rqpzbyp1  accord       partner  Rosa Delgado        7/7      3.9  borderline
    ");
    insta::assert_snapshot!(env.ok(&["eval", "list", "--format", "json"]), @r#"
    [
      {
        "partner": "city-parks",
        "partner_name": "City of Riverside Parks & Recreation",
        "id": "x5r8k3xp",
        "date": "2026-05-06",
        "instrument": "trust-value",
        "side": "ours",
        "by": "Marcus Bell",
        "scores": {
          "influence": 4.0,
          "involvement": 3.0,
          "mission": 3.0,
          "openness": 3.0,
          "reliability": 4.0,
          "resources": 4.0
        },
        "comments": {},
        "note": null,
        "partial": false,
        "overall": 3.5,
        "band": "strength",
        "scored": 6,
        "dimensions": 6
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "zyz04xpn",
        "date": "2025-06-12",
        "instrument": "nuffield",
        "side": "ours",
        "by": "Keisha Monroe",
        "scores": {
          "arrangements": 3.5,
          "commitment": 4.0,
          "learning": 3.0,
          "need": 5.0,
          "purpose": 4.0,
          "trust": 5.0
        },
        "comments": {},
        "note": null,
        "partial": false,
        "overall": 4.083333333333333,
        "band": "strength",
        "scored": 6,
        "dimensions": 6
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "ae3wfp6x",
        "date": "2025-06-19",
        "instrument": "nuffield",
        "side": "partner",
        "by": "Tom Reyes",
        "scores": {
          "arrangements": 4.0,
          "commitment": 4.0,
          "learning": 3.5,
          "need": 5.0,
          "purpose": 4.0,
          "trust": 4.5
        },
        "comments": {
          "learning": "We count backpacks but not what happens to attendance."
        },
        "note": null,
        "partial": false,
        "overall": 4.166666666666667,
        "band": "strength",
        "scored": 6,
        "dimensions": 6
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "ka0xgkz0",
        "date": "2025-10-14",
        "instrument": "accord",
        "side": "ours",
        "by": "Dana Whitfield",
        "scores": {
          "communication": 4.0,
          "flexibility": 4.0,
          "investment": 4.0,
          "roles": 4.0,
          "trust": 4.0,
          "value": 5.0,
          "vision": 4.0
        },
        "comments": {},
        "note": null,
        "partial": false,
        "overall": 4.142857142857143,
        "band": "strength",
        "scored": 7,
        "dimensions": 7
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "srj1she0",
        "date": "2025-10-14",
        "instrument": "accord",
        "side": "ours",
        "by": "Dr. Angela Ruiz",
        "scores": {
          "communication": 3.5,
          "flexibility": 3.5,
          "investment": 4.0,
          "roles": 4.0,
          "trust": 4.0,
          "value": 5.0,
          "vision": 4.0
        },
        "comments": {},
        "note": null,
        "partial": false,
        "overall": 4.0,
        "band": "strength",
        "scored": 7,
        "dimensions": 7
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "cbws60m3",
        "date": "2025-10-21",
        "instrument": "accord",
        "side": "partner",
        "by": "Dr. Maya Chen",
        "scores": {
          "communication": 4.0,
          "flexibility": 3.0,
          "investment": 2.0,
          "roles": 4.0,
          "trust": 4.0,
          "value": 5.0,
          "vision": 4.0
        },
        "comments": {
          "investment": "The hospital carries the nurse educator salary and the lab; we would like the district to share more of the cost."
        },
        "note": null,
        "partial": false,
        "overall": 3.7142857142857144,
        "band": "borderline",
        "scored": 7,
        "dimensions": 7
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "r7zwbmze",
        "date": "2026-10-13",
        "instrument": "accord",
        "side": "ours",
        "by": "Dana Whitfield",
        "scores": {
          "communication": 4.0,
          "flexibility": 4.0,
          "investment": 4.0,
          "roles": 4.0,
          "trust": 4.0,
          "value": 5.0,
          "vision": 4.5
        },
        "comments": {
          "investment": "Both sides give what they can: we host the classes and share the data."
        },
        "note": "Strongest year yet for students; the CNA cohort doubled.",
        "partial": false,
        "overall": 4.214285714285714,
        "band": "strength",
        "scored": 7,
        "dimensions": 7
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "tec21mre",
        "date": "2026-10-20",
        "instrument": "accord",
        "side": "partner",
        "by": "Dr. Maya Chen",
        "scores": {
          "communication": 4.0,
          "flexibility": 3.5,
          "investment": 2.0,
          "roles": 4.0,
          "trust": 4.0,
          "value": 5.0,
          "vision": 4.0
        },
        "comments": {
          "investment": "Still one-sided: the budget committee asks every spring what the district puts in."
        },
        "note": null,
        "partial": false,
        "overall": 3.7857142857142856,
        "band": "borderline",
        "scored": 7,
        "dimensions": 7
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "cb0hk2w1",
        "date": "2026-03-10",
        "instrument": "accord",
        "side": "ours",
        "by": "Dana Whitfield",
        "scores": {
          "communication": 4.0,
          "flexibility": 3.5,
          "investment": 3.0,
          "roles": 3.5,
          "trust": 4.0,
          "value": 5.0,
          "vision": 4.0
        },
        "comments": {},
        "note": "Partner side to follow after their reorganization.",
        "partial": false,
        "overall": 3.857142857142857,
        "band": "borderline",
        "scored": 7,
        "dimensions": 7
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "d9nf36he",
        "date": "2025-05-15",
        "instrument": "accord",
        "side": "ours",
        "by": "Marcus Bell",
        "scores": {
          "communication": 3.5,
          "flexibility": 4.0,
          "investment": 4.0,
          "roles": 4.0,
          "trust": 4.0,
          "value": 5.0,
          "vision": 4.0
        },
        "comments": {},
        "note": null,
        "partial": false,
        "overall": 4.071428571428571,
        "band": "strength",
        "scored": 7,
        "dimensions": 7
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "q3qxrd6z",
        "date": "2025-05-22",
        "instrument": "accord",
        "side": "partner",
        "by": "Rosa Delgado",
        "scores": {
          "communication": 3.0,
          "flexibility": 4.0,
          "investment": 4.0,
          "roles": 4.0,
          "trust": 4.0,
          "value": 5.0,
          "vision": 4.0
        },
        "comments": {},
        "note": null,
        "partial": false,
        "overall": 4.0,
        "band": "strength",
        "scored": 7,
        "dimensions": 7
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "nze3jy30",
        "date": "2026-05-14",
        "instrument": "accord",
        "side": "ours",
        "by": "Marcus Bell",
        "scores": {
          "communication": 2.5,
          "flexibility": 4.0,
          "investment": 4.0,
          "roles": 4.0,
          "trust": 4.0,
          "value": 5.0,
          "vision": 4.0
        },
        "comments": {},
        "note": "A new counselor started in January and the roster hand-off slipped.",
        "partial": false,
        "overall": 3.9285714285714284,
        "band": "borderline",
        "scored": 7,
        "dimensions": 7
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "rqpzbyp1",
        "date": "2026-05-20",
        "instrument": "accord",
        "side": "partner",
        "by": "Rosa Delgado",
        "scores": {
          "communication": 2.0,
          "flexibility": 4.0,
          "investment": 4.0,
          "roles": 4.0,
          "trust": 4.0,
          "value": 5.0,
          "vision": 4.0
        },
        "comments": {
          "communication": "Rosters reach us after the add/drop deadline, and we hear about schedule changes late."
        },
        "note": null,
        "partial": false,
        "overall": 3.857142857142857,
        "band": "borderline",
        "scored": 7,
        "dimensions": 7
      }
    ]
    "#);
    insta::assert_snapshot!(env.ok(&["eval", "list", "--format", "csv"]), @"
    date,partner,id,instrument,side,by,scored,overall,band
    2026-05-06,city-parks,x5r8k3xp,trust-value,ours,Marcus Bell,6/6,3.5,strength
    2025-06-12,harvest-food-bank,zyz04xpn,nuffield,ours,Keisha Monroe,6/6,4.1,strength
    2025-06-19,harvest-food-bank,ae3wfp6x,nuffield,partner,Tom Reyes,6/6,4.2,strength
    2025-10-14,riverside-hospital,ka0xgkz0,accord,ours,Dana Whitfield,7/7,4.1,strength
    2025-10-14,riverside-hospital,srj1she0,accord,ours,Dr. Angela Ruiz,7/7,4.0,strength
    2025-10-21,riverside-hospital,cbws60m3,accord,partner,Dr. Maya Chen,7/7,3.7,borderline
    2026-10-13,riverside-hospital,r7zwbmze,accord,ours,Dana Whitfield,7/7,4.2,strength
    2026-10-20,riverside-hospital,tec21mre,accord,partner,Dr. Maya Chen,7/7,3.8,borderline
    2026-03-10,techforward,cb0hk2w1,accord,ours,Dana Whitfield,7/7,3.9,borderline
    2025-05-15,valley-college,d9nf36he,accord,ours,Marcus Bell,7/7,4.1,strength
    2025-05-22,valley-college,q3qxrd6z,accord,partner,Rosa Delgado,7/7,4.0,strength
    2026-05-14,valley-college,nze3jy30,accord,ours,Marcus Bell,7/7,3.9,borderline
    2026-05-20,valley-college,rqpzbyp1,accord,partner,Rosa Delgado,7/7,3.9,borderline
    ");
}

#[test]
fn eval_show() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["eval", "show", "riverside-hospital"]), @"
    Riverside Regional Hospital  riverside-hospital
    accord (Partnership health check, 1-5) · ours: 3 evaluations, latest 2026-10-13 · partner: 2 evaluations, latest 2026-10-20

    DIMENSION                       OURS  CHANGE  PARTNER  CHANGE  SCORE  BAND        GAP
    Shared vision and goals          4.5    +0.5      4.0       =    4.3  strength    0.5
    Communication                    4.0    +0.2      4.0       =    4.0  strength    0.0
    Roles and responsibilities       4.0       =      4.0       =    4.0  strength    0.0
    Balanced investment              4.0       =      2.0       =    3.0  borderline  2.0
    Trust and respect                4.0       =      4.0       =    4.0  strength    0.0
    Value to students                5.0       =      5.0       =    5.0  strength    0.0
    Flexibility and sustainability   4.0    +0.2      3.5    +0.5    3.8  borderline  0.5
    Overall                          4.2    +0.1      3.8    +0.1    4.0  strength      -

      trend       ours 4.1 (2025-10-14) → 4.2 (2026-10-13), rising
      trend       partner 3.7 (2025-10-21) → 3.8 (2026-10-20), rising
      divergence  Balanced investment: ours 4.0, partner 2.0
      (a divergence: the sides' latest scores 1 or more apart; `divergence` in accord.toml)

    Comments
      2026-10-13 ours Balanced investment: Both sides give what they can: we host the classes and share the data.
      2026-10-13 ours note: Strongest year yet for students; the CNA cohort doubled.
      2026-10-20 partner Balanced investment: Still one-sided: the budget committee asks every spring what the district puts in.
    ");
    insta::assert_snapshot!(env.ok(&["eval", "show", "riverside-hospital", "--format", "json"]), @r#"
    {
      "partner": "riverside-hospital",
      "partner_name": "Riverside Regional Hospital",
      "instrument": "accord",
      "title": "Partnership health check",
      "scale": "1-5",
      "as_of": "2026-11-23",
      "latest": "2026-10-20",
      "latest_id": "tec21mre",
      "sides": [
        {
          "side": "ours",
          "evaluations": 3,
          "latest": "2026-10-13",
          "overall": {
            "score": 4.214285714285714,
            "change": 0.10000000000000053,
            "band": "strength"
          },
          "trend": "rising"
        },
        {
          "side": "partner",
          "evaluations": 2,
          "latest": "2026-10-20",
          "overall": {
            "score": 3.7857142857142856,
            "change": 0.09999999999999964,
            "band": "borderline"
          },
          "trend": "rising"
        }
      ],
      "lines": [
        {
          "key": "vision",
          "title": "Shared vision and goals",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 4.5,
            "change": 0.5,
            "band": "strength"
          },
          "partner": {
            "score": 4.0,
            "change": 0.0,
            "band": "strength"
          },
          "score": 4.25,
          "band": "strength",
          "gap": 0.5,
          "divergent": false
        },
        {
          "key": "communication",
          "title": "Communication",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 4.0,
            "change": 0.20000000000000018,
            "band": "strength"
          },
          "partner": {
            "score": 4.0,
            "change": 0.0,
            "band": "strength"
          },
          "score": 4.0,
          "band": "strength",
          "gap": 0.0,
          "divergent": false
        },
        {
          "key": "roles",
          "title": "Roles and responsibilities",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 4.0,
            "change": 0.0,
            "band": "strength"
          },
          "partner": {
            "score": 4.0,
            "change": 0.0,
            "band": "strength"
          },
          "score": 4.0,
          "band": "strength",
          "gap": 0.0,
          "divergent": false
        },
        {
          "key": "investment",
          "title": "Balanced investment",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 4.0,
            "change": 0.0,
            "band": "strength"
          },
          "partner": {
            "score": 2.0,
            "change": 0.0,
            "band": "concern"
          },
          "score": 3.0,
          "band": "borderline",
          "gap": 2.0,
          "divergent": true
        },
        {
          "key": "trust",
          "title": "Trust and respect",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 4.0,
            "change": 0.0,
            "band": "strength"
          },
          "partner": {
            "score": 4.0,
            "change": 0.0,
            "band": "strength"
          },
          "score": 4.0,
          "band": "strength",
          "gap": 0.0,
          "divergent": false
        },
        {
          "key": "value",
          "title": "Value to students",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 5.0,
            "change": 0.0,
            "band": "strength"
          },
          "partner": {
            "score": 5.0,
            "change": 0.0,
            "band": "strength"
          },
          "score": 5.0,
          "band": "strength",
          "gap": 0.0,
          "divergent": false
        },
        {
          "key": "flexibility",
          "title": "Flexibility and sustainability",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 4.0,
            "change": 0.20000000000000018,
            "band": "strength"
          },
          "partner": {
            "score": 3.5,
            "change": 0.5,
            "band": "borderline"
          },
          "score": 3.75,
          "band": "borderline",
          "gap": 0.5,
          "divergent": false
        }
      ],
      "overall": 4.0,
      "band": "strength",
      "trend": [
        {
          "date": "2025-10-14",
          "side": "ours",
          "ids": [
            "ka0xgkz0",
            "srj1she0"
          ],
          "by": [
            "Dana Whitfield",
            "Dr. Angela Ruiz"
          ],
          "scores": {
            "communication": 3.75,
            "flexibility": 3.75,
            "investment": 4.0,
            "roles": 4.0,
            "trust": 4.0,
            "value": 5.0,
            "vision": 4.0
          },
          "partial": false,
          "overall": 4.071428571428571
        },
        {
          "date": "2025-10-21",
          "side": "partner",
          "ids": [
            "cbws60m3"
          ],
          "by": [
            "Dr. Maya Chen"
          ],
          "scores": {
            "communication": 4.0,
            "flexibility": 3.0,
            "investment": 2.0,
            "roles": 4.0,
            "trust": 4.0,
            "value": 5.0,
            "vision": 4.0
          },
          "partial": false,
          "overall": 3.7142857142857144
        },
        {
          "date": "2026-10-13",
          "side": "ours",
          "ids": [
            "r7zwbmze"
          ],
          "by": [
            "Dana Whitfield"
          ],
          "scores": {
            "communication": 4.0,
            "flexibility": 4.0,
            "investment": 4.0,
            "roles": 4.0,
            "trust": 4.0,
            "value": 5.0,
            "vision": 4.5
          },
          "partial": false,
          "overall": 4.214285714285714
        },
        {
          "date": "2026-10-20",
          "side": "partner",
          "ids": [
            "tec21mre"
          ],
          "by": [
            "Dr. Maya Chen"
          ],
          "scores": {
            "communication": 4.0,
            "flexibility": 3.5,
            "investment": 2.0,
            "roles": 4.0,
            "trust": 4.0,
            "value": 5.0,
            "vision": 4.0
          },
          "partial": false,
          "overall": 3.7857142857142856
        }
      ],
      "divergence": 1.0,
      "divergences": [
        "investment"
      ],
      "concerns": [],
      "falling": [],
      "comments": [
        {
          "side": "ours",
          "date": "2026-10-13",
          "key": "investment",
          "text": "Both sides give what they can: we host the classes and share the data."
        },
        {
          "side": "ours",
          "date": "2026-10-13",
          "key": null,
          "text": "Strongest year yet for students; the CNA cohort doubled."
        },
        {
          "side": "partner",
          "date": "2026-10-20",
          "key": "investment",
          "text": "Still one-sided: the budget committee asks every spring what the district puts in."
        }
      ]
    }
    "#);
    insta::assert_snapshot!(env.ok(&["eval", "show", "harvest-food-bank"]), @"
    Harvest Table Food Bank  harvest-food-bank
    nuffield (Partnership assessment: six principles, 1-5) · ours: 1 evaluation, latest 2025-06-12 · partner: 1 evaluation, latest 2025-06-19

    DIMENSION                                         OURS  CHANGE  PARTNER  CHANGE  SCORE  BAND        GAP
    Recognise and accept the need for partnership      5.0       -      5.0       -    5.0  strength    0.0
    Develop clarity and realism of purpose             4.0       -      4.0       -    4.0  strength    0.0
    Ensure commitment and ownership                    4.0       -      4.0       -    4.0  strength    0.0
    Develop and maintain trust                         5.0       -      4.5       -    4.8  strength    0.5
    Create clear and robust partnership arrangements   3.5       -      4.0       -    3.8  borderline  0.5
    Monitor, measure and learn                         3.0       -      3.5       -    3.3  borderline  0.5
    Overall                                            4.1       -      4.2       -    4.1  strength      -

      trend  ours 4.1 (2025-06-12)
      trend  partner 4.2 (2025-06-19)

    Comments
      2025-06-19 partner Monitor, measure and learn: We count backpacks but not what happens to attendance.
    ");
    insta::assert_snapshot!(env.ok(&["eval", "show", "harvest-food-bank", "--format", "json"]), @r#"
    {
      "partner": "harvest-food-bank",
      "partner_name": "Harvest Table Food Bank",
      "instrument": "nuffield",
      "title": "Partnership assessment: six principles",
      "scale": "1-5",
      "as_of": "2026-11-23",
      "latest": "2025-06-19",
      "latest_id": "ae3wfp6x",
      "sides": [
        {
          "side": "ours",
          "evaluations": 1,
          "latest": "2025-06-12",
          "overall": {
            "score": 4.083333333333333,
            "change": null,
            "band": "strength"
          },
          "trend": null
        },
        {
          "side": "partner",
          "evaluations": 1,
          "latest": "2025-06-19",
          "overall": {
            "score": 4.166666666666667,
            "change": null,
            "band": "strength"
          },
          "trend": null
        }
      ],
      "lines": [
        {
          "key": "need",
          "title": "Recognise and accept the need for partnership",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 5.0,
            "change": null,
            "band": "strength"
          },
          "partner": {
            "score": 5.0,
            "change": null,
            "band": "strength"
          },
          "score": 5.0,
          "band": "strength",
          "gap": 0.0,
          "divergent": false
        },
        {
          "key": "purpose",
          "title": "Develop clarity and realism of purpose",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 4.0,
            "change": null,
            "band": "strength"
          },
          "partner": {
            "score": 4.0,
            "change": null,
            "band": "strength"
          },
          "score": 4.0,
          "band": "strength",
          "gap": 0.0,
          "divergent": false
        },
        {
          "key": "commitment",
          "title": "Ensure commitment and ownership",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 4.0,
            "change": null,
            "band": "strength"
          },
          "partner": {
            "score": 4.0,
            "change": null,
            "band": "strength"
          },
          "score": 4.0,
          "band": "strength",
          "gap": 0.0,
          "divergent": false
        },
        {
          "key": "trust",
          "title": "Develop and maintain trust",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 5.0,
            "change": null,
            "band": "strength"
          },
          "partner": {
            "score": 4.5,
            "change": null,
            "band": "strength"
          },
          "score": 4.75,
          "band": "strength",
          "gap": 0.5,
          "divergent": false
        },
        {
          "key": "arrangements",
          "title": "Create clear and robust partnership arrangements",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 3.5,
            "change": null,
            "band": "borderline"
          },
          "partner": {
            "score": 4.0,
            "change": null,
            "band": "strength"
          },
          "score": 3.75,
          "band": "borderline",
          "gap": 0.5,
          "divergent": false
        },
        {
          "key": "learning",
          "title": "Monitor, measure and learn",
          "category": null,
          "is_category": false,
          "ours": {
            "score": 3.0,
            "change": null,
            "band": "borderline"
          },
          "partner": {
            "score": 3.5,
            "change": null,
            "band": "borderline"
          },
          "score": 3.25,
          "band": "borderline",
          "gap": 0.5,
          "divergent": false
        }
      ],
      "overall": 4.125,
      "band": "strength",
      "trend": [
        {
          "date": "2025-06-12",
          "side": "ours",
          "ids": [
            "zyz04xpn"
          ],
          "by": [
            "Keisha Monroe"
          ],
          "scores": {
            "arrangements": 3.5,
            "commitment": 4.0,
            "learning": 3.0,
            "need": 5.0,
            "purpose": 4.0,
            "trust": 5.0
          },
          "partial": false,
          "overall": 4.083333333333333
        },
        {
          "date": "2025-06-19",
          "side": "partner",
          "ids": [
            "ae3wfp6x"
          ],
          "by": [
            "Tom Reyes"
          ],
          "scores": {
            "arrangements": 4.0,
            "commitment": 4.0,
            "learning": 3.5,
            "need": 5.0,
            "purpose": 4.0,
            "trust": 4.5
          },
          "partial": false,
          "overall": 4.166666666666667
        }
      ],
      "divergence": 1.0,
      "divergences": [],
      "concerns": [],
      "falling": [],
      "comments": [
        {
          "side": "partner",
          "date": "2025-06-19",
          "key": "learning",
          "text": "We count backpacks but not what happens to attendance."
        }
      ]
    }
    "#);
    insta::assert_snapshot!(env.ok(&["eval", "show", "city-parks", "--instrument", "trust-value"]), @"
    City of Riverside Parks & Recreation  city-parks
    trust-value (Trust and value, 1-4) · ours: 1 evaluation, latest 2026-05-06

    DIMENSION                    OURS  CHANGE  PARTNER  CHANGE  SCORE  BAND      GAP
    Trust                         3.3       -        -       -    3.3  strength    -
      Openness to communication   3.0       -        -       -    3.0  strength    -
      Reliability                 4.0       -        -       -    4.0  strength    -
      Shared mission              3.0       -        -       -    3.0  strength    -
    Value                         3.7       -        -       -    3.7  strength    -
      Power and influence         4.0       -        -       -    4.0  strength    -
      Level of involvement        3.0       -        -       -    3.0  strength    -
      Resource contribution       4.0       -        -       -    4.0  strength    -
    Overall                       3.5       -        -       -    3.5  strength    -

      trend  ours 3.5 (2026-05-06)
    ");
    insta::assert_snapshot!(env.ok(&["eval", "show", "city-parks", "--instrument", "trust-value", "--format", "json"]), @r#"
    {
      "partner": "city-parks",
      "partner_name": "City of Riverside Parks & Recreation",
      "instrument": "trust-value",
      "title": "Trust and value",
      "scale": "1-4",
      "as_of": "2026-11-23",
      "latest": "2026-05-06",
      "latest_id": "x5r8k3xp",
      "sides": [
        {
          "side": "ours",
          "evaluations": 1,
          "latest": "2026-05-06",
          "overall": {
            "score": 3.5,
            "change": null,
            "band": "strength"
          },
          "trend": null
        }
      ],
      "lines": [
        {
          "key": "trust",
          "title": "Trust",
          "category": null,
          "is_category": true,
          "ours": {
            "score": 3.3333333333333335,
            "change": null,
            "band": "strength"
          },
          "partner": null,
          "score": 3.3333333333333335,
          "band": "strength",
          "gap": null,
          "divergent": false
        },
        {
          "key": "openness",
          "title": "Openness to communication",
          "category": "trust",
          "is_category": false,
          "ours": {
            "score": 3.0,
            "change": null,
            "band": "strength"
          },
          "partner": null,
          "score": 3.0,
          "band": "strength",
          "gap": null,
          "divergent": false
        },
        {
          "key": "reliability",
          "title": "Reliability",
          "category": "trust",
          "is_category": false,
          "ours": {
            "score": 4.0,
            "change": null,
            "band": "strength"
          },
          "partner": null,
          "score": 4.0,
          "band": "strength",
          "gap": null,
          "divergent": false
        },
        {
          "key": "mission",
          "title": "Shared mission",
          "category": "trust",
          "is_category": false,
          "ours": {
            "score": 3.0,
            "change": null,
            "band": "strength"
          },
          "partner": null,
          "score": 3.0,
          "band": "strength",
          "gap": null,
          "divergent": false
        },
        {
          "key": "value",
          "title": "Value",
          "category": null,
          "is_category": true,
          "ours": {
            "score": 3.6666666666666665,
            "change": null,
            "band": "strength"
          },
          "partner": null,
          "score": 3.6666666666666665,
          "band": "strength",
          "gap": null,
          "divergent": false
        },
        {
          "key": "influence",
          "title": "Power and influence",
          "category": "value",
          "is_category": false,
          "ours": {
            "score": 4.0,
            "change": null,
            "band": "strength"
          },
          "partner": null,
          "score": 4.0,
          "band": "strength",
          "gap": null,
          "divergent": false
        },
        {
          "key": "involvement",
          "title": "Level of involvement",
          "category": "value",
          "is_category": false,
          "ours": {
            "score": 3.0,
            "change": null,
            "band": "strength"
          },
          "partner": null,
          "score": 3.0,
          "band": "strength",
          "gap": null,
          "divergent": false
        },
        {
          "key": "resources",
          "title": "Resource contribution",
          "category": "value",
          "is_category": false,
          "ours": {
            "score": 4.0,
            "change": null,
            "band": "strength"
          },
          "partner": null,
          "score": 4.0,
          "band": "strength",
          "gap": null,
          "divergent": false
        }
      ],
      "overall": 3.5,
      "band": "strength",
      "trend": [
        {
          "date": "2026-05-06",
          "side": "ours",
          "ids": [
            "x5r8k3xp"
          ],
          "by": [
            "Marcus Bell"
          ],
          "scores": {
            "influence": 4.0,
            "involvement": 3.0,
            "mission": 3.0,
            "openness": 3.0,
            "reliability": 4.0,
            "resources": 4.0
          },
          "partial": false,
          "overall": 3.5
        }
      ],
      "divergence": 1.0,
      "divergences": [],
      "concerns": [],
      "falling": [],
      "comments": []
    }
    "#);
    insta::assert_snapshot!(env.fails(1, &["eval", "show", "bright-path-mentors"]), @"
    error: `bright-path-mentors` has no evaluations yet
    hint: record one with `accord eval record bright-path-mentors`
    ");
}

#[test]
fn instrument_list() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["instrument", "list"]), @"
    NAME              TITLE                                   SCALE  DIMENSIONS          SOURCE
    accord (default)  Partnership health check                1-5    7                   built-in
    wilder            Collaboration factors                   1-5    20 in 6 categories  built-in
    trust-value       Trust and value                         1-4    6 in 2 categories   built-in
    nuffield          Partnership assessment: six principles  1-5    6                   built-in
    family-voice      Family voice                            1-4    5                   workspace
    student-voice     Student voice                           1-5    4                   workspace
    ");
    insta::assert_snapshot!(env.ok(&["instrument", "list", "--format", "json"]), @r#"
    [
      {
        "name": "accord",
        "title": "Partnership health check",
        "scale": "1-5",
        "dimensions": 7,
        "categories": 0,
        "source": "built-in",
        "default": true,
        "problem": null
      },
      {
        "name": "wilder",
        "title": "Collaboration factors",
        "scale": "1-5",
        "dimensions": 20,
        "categories": 6,
        "source": "built-in",
        "default": false,
        "problem": null
      },
      {
        "name": "trust-value",
        "title": "Trust and value",
        "scale": "1-4",
        "dimensions": 6,
        "categories": 2,
        "source": "built-in",
        "default": false,
        "problem": null
      },
      {
        "name": "nuffield",
        "title": "Partnership assessment: six principles",
        "scale": "1-5",
        "dimensions": 6,
        "categories": 0,
        "source": "built-in",
        "default": false,
        "problem": null
      },
      {
        "name": "family-voice",
        "title": "Family voice",
        "scale": "1-4",
        "dimensions": 5,
        "categories": 0,
        "source": "workspace",
        "default": false,
        "problem": null
      },
      {
        "name": "student-voice",
        "title": "Student voice",
        "scale": "1-5",
        "dimensions": 4,
        "categories": 0,
        "source": "workspace",
        "default": false,
        "problem": null
      }
    ]
    "#);
    insta::assert_snapshot!(env.ok(&["instrument", "list", "--format", "csv"]), @"
    name,title,scale,dimensions,source
    accord (default),Partnership health check,1-5,7,built-in
    wilder,Collaboration factors,1-5,20 in 6 categories,built-in
    trust-value,Trust and value,1-4,6 in 2 categories,built-in
    nuffield,Partnership assessment: six principles,1-5,6,built-in
    family-voice,Family voice,1-4,5,workspace
    student-voice,Student voice,1-5,4,workspace
    ");
}

#[test]
fn instrument_show() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["instrument", "show", "accord"]), @"
    Partnership health check  accord
    built-in · 7 dimensions · scale 1-5
    Seven success factors of education partnerships, each rated by both sides.
    accord

    Scale
      1 strongly disagree · 2 disagree · 3 neutral · 4 agree · 5 strongly agree

    Bands
      strength    4.0 to 5.0
      borderline  3.0 to 3.9
      concern     1.0 to 2.9

    Dimensions
      vision         Shared vision and goals
                     Do both sides want the same things from this partnership and agree on its goals?
      communication  Communication
                     Do the two sides talk often and openly enough to hear about problems early?
      roles          Roles and responsibilities
                     Does each side know who does what, and do people follow through?
      investment     Balanced investment
                     Are both sides putting a fair share of money, time and resources into the work?
      trust          Trust and respect
                     Do the people involved trust each other and treat each other as equals?
      value          Value to students
                     Are students getting a clear, real benefit from what this partnership does?
      flexibility    Flexibility and sustainability
                     Could the partnership adapt to change and outlast the people who run it today?
    ");
    insta::assert_snapshot!(env.ok(&["instrument", "show", "accord", "--format", "json"]), @r#"
    {
      "source": "built-in",
      "name": "accord",
      "title": "Partnership health check",
      "description": "Seven success factors of education partnerships, each rated by both sides.",
      "credit": "accord",
      "scale": {
        "min": 1.0,
        "max": 5.0,
        "labels": [
          "strongly disagree",
          "disagree",
          "neutral",
          "agree",
          "strongly agree"
        ]
      },
      "band": [
        {
          "name": "strength",
          "min": 4.0
        },
        {
          "name": "borderline",
          "min": 3.0
        },
        {
          "name": "concern"
        }
      ],
      "dimension": [
        {
          "key": "vision",
          "title": "Shared vision and goals",
          "question": "Do both sides want the same things from this partnership and agree on its goals?"
        },
        {
          "key": "communication",
          "title": "Communication",
          "question": "Do the two sides talk often and openly enough to hear about problems early?"
        },
        {
          "key": "roles",
          "title": "Roles and responsibilities",
          "question": "Does each side know who does what, and do people follow through?"
        },
        {
          "key": "investment",
          "title": "Balanced investment",
          "question": "Are both sides putting a fair share of money, time and resources into the work?"
        },
        {
          "key": "trust",
          "title": "Trust and respect",
          "question": "Do the people involved trust each other and treat each other as equals?"
        },
        {
          "key": "value",
          "title": "Value to students",
          "question": "Are students getting a clear, real benefit from what this partnership does?"
        },
        {
          "key": "flexibility",
          "title": "Flexibility and sustainability",
          "question": "Could the partnership adapt to change and outlast the people who run it today?"
        }
      ]
    }
    "#);
    insta::assert_snapshot!(env.ok(&["instrument", "show", "wilder"]), @"
    Collaboration factors  wilder
    built-in · 20 dimensions in 6 categories · scale 1-5
    Twenty factors that predict a collaboration's success, in six categories.
    Factors of the Wilder Collaboration Factors Inventory (Amherst H. Wilder Foundation); questions by accord

    Scale
      1 strongly disagree · 2 disagree · 3 neutral · 4 agree · 5 strongly agree

    Bands
      strength    4.0 to 5.0
      borderline  3.0 to 3.9
      concern     1.0 to 2.9

    Environment (score: the mean of its dimensions)
      history             History of collaboration or cooperation in the community
                          Have organizations in our community worked well together before?
      legitimacy          Collaborative group seen as a legitimate leader in the community
                          Does the community see this partnership as a credible leader on its issues?
      climate             Favorable political and social climate
                          Do local leaders, funders and the public back what this partnership is trying to do?

    Membership characteristics (score: the mean of its dimensions)
      respect             Mutual respect, understanding and trust
                          Do the people involved understand, respect and trust one another?
      cross-section       Appropriate cross section of members
                          Are the right organizations and people at the table for what we want to do?
      self-interest       Members see collaboration as in their self-interest
                          Does each organization gain enough from the partnership to justify its part in it?
      compromise          Ability to compromise
                          When we disagree, do we find a middle ground everyone can accept?

    Process and structure (score: the mean of its dimensions)
      shared-stake        Members share a stake in both process and outcome
                          Does every partner feel ownership of both how we work and what we achieve?
      layers              Multiple layers of participation
                          Are people at every level of each organization involved, not only the leaders?
      flexibility         Flexibility
                          Are we open to different ways of organizing ourselves and getting the work done?
      clear-roles         Development of clear roles and policy guidelines
                          Does everyone know what they are responsible for and how decisions get made?
      adaptability        Adaptability
                          Could the partnership carry on if funding, staff or circumstances changed?
      pace                Appropriate pace of development
                          Are we taking on work at a pace our people and resources can sustain?

    Communication (score: the mean of its dimensions)
      open-communication  Open and frequent communication
                          Do we share news, problems and plans with each other often and openly?
      informal-links      Established informal relationships and communication links
                          Do people talk to each other between formal meetings, not only in them?

    Purpose (score: the mean of its dimensions)
      concrete-goals      Concrete, attainable goals and objectives
                          Are our goals specific and realistic enough that we will know when we reach them?
      shared-vision       Shared vision
                          Do the partners agree on what this partnership is for and where it is going?
      unique-purpose      Unique purpose
                          Does this partnership do something none of its members could do alone?

    Resources (score: the mean of its dimensions)
      funding             Sufficient funds, staff, materials and time
                          Do we have the money, people, materials and time the work needs?
      leadership          Skilled leadership
                          Does the partnership's leadership bring people together and keep the work moving?
    ");
    insta::assert_snapshot!(env.ok(&["instrument", "show", "wilder", "--format", "json"]), @r#"
    {
      "source": "built-in",
      "name": "wilder",
      "title": "Collaboration factors",
      "description": "Twenty factors that predict a collaboration's success, in six categories.",
      "credit": "Factors of the Wilder Collaboration Factors Inventory (Amherst H. Wilder Foundation); questions by accord",
      "scale": {
        "min": 1.0,
        "max": 5.0,
        "labels": [
          "strongly disagree",
          "disagree",
          "neutral",
          "agree",
          "strongly agree"
        ]
      },
      "band": [
        {
          "name": "strength",
          "min": 4.0
        },
        {
          "name": "borderline",
          "min": 3.0
        },
        {
          "name": "concern"
        }
      ],
      "category": [
        {
          "key": "environment",
          "title": "Environment"
        },
        {
          "key": "membership",
          "title": "Membership characteristics"
        },
        {
          "key": "process",
          "title": "Process and structure"
        },
        {
          "key": "communication",
          "title": "Communication"
        },
        {
          "key": "purpose",
          "title": "Purpose"
        },
        {
          "key": "resources",
          "title": "Resources"
        }
      ],
      "dimension": [
        {
          "key": "history",
          "category": "environment",
          "title": "History of collaboration or cooperation in the community",
          "question": "Have organizations in our community worked well together before?"
        },
        {
          "key": "legitimacy",
          "category": "environment",
          "title": "Collaborative group seen as a legitimate leader in the community",
          "question": "Does the community see this partnership as a credible leader on its issues?"
        },
        {
          "key": "climate",
          "category": "environment",
          "title": "Favorable political and social climate",
          "question": "Do local leaders, funders and the public back what this partnership is trying to do?"
        },
        {
          "key": "respect",
          "category": "membership",
          "title": "Mutual respect, understanding and trust",
          "question": "Do the people involved understand, respect and trust one another?"
        },
        {
          "key": "cross-section",
          "category": "membership",
          "title": "Appropriate cross section of members",
          "question": "Are the right organizations and people at the table for what we want to do?"
        },
        {
          "key": "self-interest",
          "category": "membership",
          "title": "Members see collaboration as in their self-interest",
          "question": "Does each organization gain enough from the partnership to justify its part in it?"
        },
        {
          "key": "compromise",
          "category": "membership",
          "title": "Ability to compromise",
          "question": "When we disagree, do we find a middle ground everyone can accept?"
        },
        {
          "key": "shared-stake",
          "category": "process",
          "title": "Members share a stake in both process and outcome",
          "question": "Does every partner feel ownership of both how we work and what we achieve?"
        },
        {
          "key": "layers",
          "category": "process",
          "title": "Multiple layers of participation",
          "question": "Are people at every level of each organization involved, not only the leaders?"
        },
        {
          "key": "flexibility",
          "category": "process",
          "title": "Flexibility",
          "question": "Are we open to different ways of organizing ourselves and getting the work done?"
        },
        {
          "key": "clear-roles",
          "category": "process",
          "title": "Development of clear roles and policy guidelines",
          "question": "Does everyone know what they are responsible for and how decisions get made?"
        },
        {
          "key": "adaptability",
          "category": "process",
          "title": "Adaptability",
          "question": "Could the partnership carry on if funding, staff or circumstances changed?"
        },
        {
          "key": "pace",
          "category": "process",
          "title": "Appropriate pace of development",
          "question": "Are we taking on work at a pace our people and resources can sustain?"
        },
        {
          "key": "open-communication",
          "category": "communication",
          "title": "Open and frequent communication",
          "question": "Do we share news, problems and plans with each other often and openly?"
        },
        {
          "key": "informal-links",
          "category": "communication",
          "title": "Established informal relationships and communication links",
          "question": "Do people talk to each other between formal meetings, not only in them?"
        },
        {
          "key": "concrete-goals",
          "category": "purpose",
          "title": "Concrete, attainable goals and objectives",
          "question": "Are our goals specific and realistic enough that we will know when we reach them?"
        },
        {
          "key": "shared-vision",
          "category": "purpose",
          "title": "Shared vision",
          "question": "Do the partners agree on what this partnership is for and where it is going?"
        },
        {
          "key": "unique-purpose",
          "category": "purpose",
          "title": "Unique purpose",
          "question": "Does this partnership do something none of its members could do alone?"
        },
        {
          "key": "funding",
          "category": "resources",
          "title": "Sufficient funds, staff, materials and time",
          "question": "Do we have the money, people, materials and time the work needs?"
        },
        {
          "key": "leadership",
          "category": "resources",
          "title": "Skilled leadership",
          "question": "Does the partnership's leadership bring people together and keep the work moving?"
        }
      ]
    }
    "#);
    insta::assert_snapshot!(env.ok(&["instrument", "show", "trust-value"]), @"
    Trust and value  trust-value
    built-in · 6 dimensions in 2 categories · scale 1-4
    How much each side trusts the other, and how much it values what the other brings. The trust and value scores are the means of their three items.
    Relationship items of the PARTNER tool (trust and value scores); questions by accord

    Scale
      1 not at all · 2 a small amount · 3 a fair amount · 4 a great deal

    Bands
      strength    3.0 to 4.0
      borderline  2.0 to 2.9
      concern     1.0 to 1.9

    Trust (score: the mean of its dimensions)
      openness     Openness to communication
                   How open is the other side to talking through problems, plans and ideas with us?
      reliability  Reliability
                   How far can we count on the other side to do what it says it will?
      mission      Shared mission
                   How much does the other side share and support the mission of the partnership?

    Value (score: the mean of its dimensions)
      influence    Power and influence
                   How much can the other side move the partnership's goals forward in the community?
      involvement  Level of involvement
                   How actively does the other side take part in the partnership's work?
      resources    Resource contribution
                   How much does the other side bring in money, people, space, data or know-how?
    ");
    insta::assert_snapshot!(env.ok(&["instrument", "show", "trust-value", "--format", "json"]), @r#"
    {
      "source": "built-in",
      "name": "trust-value",
      "title": "Trust and value",
      "description": "How much each side trusts the other, and how much it values what the other brings. The trust and value scores are the means of their three items.",
      "credit": "Relationship items of the PARTNER tool (trust and value scores); questions by accord",
      "scale": {
        "min": 1.0,
        "max": 4.0,
        "labels": [
          "not at all",
          "a small amount",
          "a fair amount",
          "a great deal"
        ]
      },
      "band": [
        {
          "name": "strength",
          "min": 3.0
        },
        {
          "name": "borderline",
          "min": 2.0
        },
        {
          "name": "concern"
        }
      ],
      "category": [
        {
          "key": "trust",
          "title": "Trust"
        },
        {
          "key": "value",
          "title": "Value"
        }
      ],
      "dimension": [
        {
          "key": "openness",
          "category": "trust",
          "title": "Openness to communication",
          "question": "How open is the other side to talking through problems, plans and ideas with us?"
        },
        {
          "key": "reliability",
          "category": "trust",
          "title": "Reliability",
          "question": "How far can we count on the other side to do what it says it will?"
        },
        {
          "key": "mission",
          "category": "trust",
          "title": "Shared mission",
          "question": "How much does the other side share and support the mission of the partnership?"
        },
        {
          "key": "influence",
          "category": "value",
          "title": "Power and influence",
          "question": "How much can the other side move the partnership's goals forward in the community?"
        },
        {
          "key": "involvement",
          "category": "value",
          "title": "Level of involvement",
          "question": "How actively does the other side take part in the partnership's work?"
        },
        {
          "key": "resources",
          "category": "value",
          "title": "Resource contribution",
          "question": "How much does the other side bring in money, people, space, data or know-how?"
        }
      ]
    }
    "#);
    insta::assert_snapshot!(env.ok(&["instrument", "show", "nuffield"]), @"
    Partnership assessment: six principles  nuffield
    built-in · 6 dimensions · scale 1-5
    Six principles of working in partnership, each rated by both sides.
    Principles of the Nuffield Institute for Health partnership assessment tool; questions by accord

    Scale
      1 strongly disagree · 2 disagree · 3 neutral · 4 agree · 5 strongly agree

    Bands
      strength    4.0 to 5.0
      borderline  3.0 to 3.9
      concern     1.0 to 2.9

    Dimensions
      need          Recognise and accept the need for partnership
                    Do both organizations accept that they need each other to reach their own goals?
      purpose       Develop clarity and realism of purpose
                    Are the partnership's aims clear, shared, and achievable with what we have?
      commitment    Ensure commitment and ownership
                    Are the leaders on both sides committed, and does everyone involved own the work?
      trust         Develop and maintain trust
                    Is there enough trust between us to share problems and take risks together?
      arrangements  Create clear and robust partnership arrangements
                    Are our agreements, decisions and lines of accountability clear and workable?
      learning      Monitor, measure and learn
                    Do we track what the partnership achieves and change course on what we learn?
    ");
    insta::assert_snapshot!(env.ok(&["instrument", "show", "nuffield", "--format", "json"]), @r#"
    {
      "source": "built-in",
      "name": "nuffield",
      "title": "Partnership assessment: six principles",
      "description": "Six principles of working in partnership, each rated by both sides.",
      "credit": "Principles of the Nuffield Institute for Health partnership assessment tool; questions by accord",
      "scale": {
        "min": 1.0,
        "max": 5.0,
        "labels": [
          "strongly disagree",
          "disagree",
          "neutral",
          "agree",
          "strongly agree"
        ]
      },
      "band": [
        {
          "name": "strength",
          "min": 4.0
        },
        {
          "name": "borderline",
          "min": 3.0
        },
        {
          "name": "concern"
        }
      ],
      "dimension": [
        {
          "key": "need",
          "title": "Recognise and accept the need for partnership",
          "question": "Do both organizations accept that they need each other to reach their own goals?"
        },
        {
          "key": "purpose",
          "title": "Develop clarity and realism of purpose",
          "question": "Are the partnership's aims clear, shared, and achievable with what we have?"
        },
        {
          "key": "commitment",
          "title": "Ensure commitment and ownership",
          "question": "Are the leaders on both sides committed, and does everyone involved own the work?"
        },
        {
          "key": "trust",
          "title": "Develop and maintain trust",
          "question": "Is there enough trust between us to share problems and take risks together?"
        },
        {
          "key": "arrangements",
          "title": "Create clear and robust partnership arrangements",
          "question": "Are our agreements, decisions and lines of accountability clear and workable?"
        },
        {
          "key": "learning",
          "title": "Monitor, measure and learn",
          "question": "Do we track what the partnership achieves and change course on what we learn?"
        }
      ]
    }
    "#);
}

#[test]
fn contrib_list() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["contrib", "list"]), @"
    DATE        PARTNER             ID        SIDE     KIND              AMOUNT      VALUE  NOTE
    2026-03-01  city-parks          j8he6kb0  partner  facilities        $4,800     $4,800  Fields and gyms for the spring season
    2026-09-01  city-parks          3gyfk88z  ours     facilities        $4,500     $4,500  School gyms for the after-school program
    2025-12-10  eastside-neighbors  n7c2wq5e  partner  volunteer-hours     60 h  $2,009.40  Tutoring volunteers, fall term
    2026-01-30  harvest-food-bank   ravxss2v  partner  in-kind           $8,200     $8,200  Weekend backpacks, winter
    2026-04-30  harvest-food-bank   qjqwtzvn  ours     volunteer-hours    180 h  $6,028.20  Staff and parent volunteers running the school pantries
    2026-05-29  harvest-food-bank   z4ygj7jr  partner  in-kind           $7,900     $7,900  Weekend backpacks, spring
    2026-08-25  harvest-food-bank   cdbs6rav  ours     facilities        $3,600     $3,600  Pantry room at Jefferson Elementary for the school year
    2025-12-05  riverside-hospital  nhy27044  partner  volunteer-hours     40 h  $1,339.60  Nurses at the flu-shot clinic at Lincoln High
    2026-01-12  riverside-hospital  sjvqdb1w  partner  funding          $34,000    $34,000  Nurse educator position, spring semester
    2026-01-12  riverside-hospital  1bz1te5r  partner  in-kind           $6,000     $6,000  Simulation lab space for the CNA course, spring semester
    2026-02-07  riverside-hospital  s93xmasz  partner  volunteer-hours     64 h  $2,143.36  Nurses and techs staffing the spring health fair
    2026-02-07  riverside-hospital  ykhkd1n4  ours     facilities        $1,500     $1,500  Lincoln High gym for the health fair
    2026-04-18  riverside-hospital  9ss4dm63  partner  volunteer-hours     96 h  $3,215.04  Job-shadowing days for 32 students
    2026-07-20  riverside-hospital  5k2ge2wk  partner  staff-hours        120 h  $4,018.80  Summer health-teacher training, five days
    2026-08-17  riverside-hospital  mdkbmpnr  partner  funding          $34,000    $34,000  Nurse educator position, fall semester
    2026-08-17  riverside-hospital  q3g241ke  partner  in-kind           $6,000     $6,000  Simulation lab space for the CNA course, fall semester
    2026-09-30  riverside-hospital  xxyy16dr  ours     staff-hours        150 h  $5,023.50  Health-course teachers co-teaching with the nurse educator
    2026-02-15  science-museum      x3kq7m2a  partner  in-kind           $2,500     $2,500  Loan of twelve classroom science kits
    2026-04-10  science-museum      p9vd4t6h  ours     funding           $3,200     $3,200  Buses for the grade 5 field trips
    2026-03-31  techforward         nq1yea18  partner  volunteer-hours    140 h  $4,688.60  Engineers mentoring the robotics club, winter season
    2026-06-15  techforward         qf159x3r  partner  funding          $15,000    $15,000  Stipends for 20 summer interns
    2026-06-30  techforward         4y3n1s95  ours     staff-hours        120 h  $4,018.80  Intern coordinator: recruiting, preparation, check-ins
    2026-07-15  techforward         dssxnhmd  ours     in-kind           $2,400     $2,400  Transit passes for the interns
    2026-10-31  techforward         d9cnwdcp  partner  volunteer-hours    110 h  $3,683.90  Engineers mentoring the robotics club, fall season
    2026-01-20  valley-college      90qpmag3  partner  in-kind          $42,000    $42,000  Tuition waived for dual-credit students, spring semester
    2026-05-29  valley-college      epjfeyvb  ours     staff-hours        200 h     $6,698  Counselors advising dual-credit students
    2026-08-20  valley-college      q94tzg0j  ours     funding          $12,600    $12,600  Textbooks for dual-credit sections
    2026-08-25  valley-college      22f9zcr9  partner  in-kind          $45,500    $45,500  Tuition waived for dual-credit students, fall semester
    2026-08-25  valley-college      377d7hb7  ours     facilities        $9,000     $9,000  High-school classrooms for four college sections

    Totals by partner (in money)
    PARTNER             PARTNER SIDE    OUR SIDE        TOTAL  PARTNER SHARE  OUR SHARE
    city-parks                $4,800      $4,500       $9,300            52%        48%
    eastside-neighbors     $2,009.40          $0    $2,009.40           100%         0%
    harvest-food-bank        $16,100   $9,628.20   $25,728.20            63%        37%
    riverside-hospital    $90,716.80   $6,523.50   $97,240.30            93%         7%
    science-museum            $2,500      $3,200       $5,700            44%        56%
    techforward           $23,372.50   $6,418.80   $29,791.30            78%        22%
    valley-college           $87,500     $28,298     $115,798            76%        24%
    all                  $226,998.70  $58,568.50  $285,567.20            79%        21%

    Totals by kind
    KIND             ENTRIES    AMOUNT       VALUE
    funding                5   $98,800     $98,800
    in-kind                8  $120,500    $120,500
    staff-hours            4     590 h  $19,759.10
    volunteer-hours        7     690 h  $23,108.10
    facilities             5   $23,400     $23,400

    Totals by side
    SIDE           VALUE  SHARE
    ours      $58,568.50    21%
    partner  $226,998.70    79%

    Hours valued at $33.49 an hour.
    ! riverside-hospital: our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour
    ");
    insta::assert_snapshot!(env.ok(&["contrib", "list", "--format", "json"]), @r#"
    {
      "since": null,
      "until": null,
      "currency": "$",
      "hour_value": 33.49,
      "contributions": [
        {
          "partner": "city-parks",
          "partner_name": "City of Riverside Parks & Recreation",
          "id": "j8he6kb0",
          "date": "2026-03-01",
          "kind": "facilities",
          "amount": 4800.0,
          "side": "partner",
          "note": "Fields and gyms for the spring season",
          "by": null,
          "value": 4800.0
        },
        {
          "partner": "city-parks",
          "partner_name": "City of Riverside Parks & Recreation",
          "id": "3gyfk88z",
          "date": "2026-09-01",
          "kind": "facilities",
          "amount": 4500.0,
          "side": "ours",
          "note": "School gyms for the after-school program",
          "by": null,
          "value": 4500.0
        },
        {
          "partner": "eastside-neighbors",
          "partner_name": "Eastside Neighborhood Association",
          "id": "n7c2wq5e",
          "date": "2025-12-10",
          "kind": "volunteer-hours",
          "amount": 60.0,
          "side": "partner",
          "note": "Tutoring volunteers, fall term",
          "by": null,
          "value": 2009.4
        },
        {
          "partner": "harvest-food-bank",
          "partner_name": "Harvest Table Food Bank",
          "id": "ravxss2v",
          "date": "2026-01-30",
          "kind": "in-kind",
          "amount": 8200.0,
          "side": "partner",
          "note": "Weekend backpacks, winter",
          "by": null,
          "value": 8200.0
        },
        {
          "partner": "harvest-food-bank",
          "partner_name": "Harvest Table Food Bank",
          "id": "qjqwtzvn",
          "date": "2026-04-30",
          "kind": "volunteer-hours",
          "amount": 180.0,
          "side": "ours",
          "note": "Staff and parent volunteers running the school pantries",
          "by": null,
          "value": 6028.200000000001
        },
        {
          "partner": "harvest-food-bank",
          "partner_name": "Harvest Table Food Bank",
          "id": "z4ygj7jr",
          "date": "2026-05-29",
          "kind": "in-kind",
          "amount": 7900.0,
          "side": "partner",
          "note": "Weekend backpacks, spring",
          "by": null,
          "value": 7900.0
        },
        {
          "partner": "harvest-food-bank",
          "partner_name": "Harvest Table Food Bank",
          "id": "cdbs6rav",
          "date": "2026-08-25",
          "kind": "facilities",
          "amount": 3600.0,
          "side": "ours",
          "note": "Pantry room at Jefferson Elementary for the school year",
          "by": null,
          "value": 3600.0
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "nhy27044",
          "date": "2025-12-05",
          "kind": "volunteer-hours",
          "amount": 40.0,
          "side": "partner",
          "note": "Nurses at the flu-shot clinic at Lincoln High",
          "by": null,
          "value": 1339.6000000000001
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "sjvqdb1w",
          "date": "2026-01-12",
          "kind": "funding",
          "amount": 34000.0,
          "side": "partner",
          "note": "Nurse educator position, spring semester",
          "by": null,
          "value": 34000.0
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "1bz1te5r",
          "date": "2026-01-12",
          "kind": "in-kind",
          "amount": 6000.0,
          "side": "partner",
          "note": "Simulation lab space for the CNA course, spring semester",
          "by": null,
          "value": 6000.0
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "s93xmasz",
          "date": "2026-02-07",
          "kind": "volunteer-hours",
          "amount": 64.0,
          "side": "partner",
          "note": "Nurses and techs staffing the spring health fair",
          "by": null,
          "value": 2143.36
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "ykhkd1n4",
          "date": "2026-02-07",
          "kind": "facilities",
          "amount": 1500.0,
          "side": "ours",
          "note": "Lincoln High gym for the health fair",
          "by": null,
          "value": 1500.0
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "9ss4dm63",
          "date": "2026-04-18",
          "kind": "volunteer-hours",
          "amount": 96.0,
          "side": "partner",
          "note": "Job-shadowing days for 32 students",
          "by": null,
          "value": 3215.04
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "5k2ge2wk",
          "date": "2026-07-20",
          "kind": "staff-hours",
          "amount": 120.0,
          "side": "partner",
          "note": "Summer health-teacher training, five days",
          "by": null,
          "value": 4018.8
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "mdkbmpnr",
          "date": "2026-08-17",
          "kind": "funding",
          "amount": 34000.0,
          "side": "partner",
          "note": "Nurse educator position, fall semester",
          "by": null,
          "value": 34000.0
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "q3g241ke",
          "date": "2026-08-17",
          "kind": "in-kind",
          "amount": 6000.0,
          "side": "partner",
          "note": "Simulation lab space for the CNA course, fall semester",
          "by": null,
          "value": 6000.0
        },
        {
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "id": "xxyy16dr",
          "date": "2026-09-30",
          "kind": "staff-hours",
          "amount": 150.0,
          "side": "ours",
          "note": "Health-course teachers co-teaching with the nurse educator",
          "by": null,
          "value": 5023.5
        },
        {
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "id": "x3kq7m2a",
          "date": "2026-02-15",
          "kind": "in-kind",
          "amount": 2500.0,
          "side": "partner",
          "note": "Loan of twelve classroom science kits",
          "by": null,
          "value": 2500.0
        },
        {
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "id": "p9vd4t6h",
          "date": "2026-04-10",
          "kind": "funding",
          "amount": 3200.0,
          "side": "ours",
          "note": "Buses for the grade 5 field trips",
          "by": null,
          "value": 3200.0
        },
        {
          "partner": "techforward",
          "partner_name": "TechForward Solutions",
          "id": "nq1yea18",
          "date": "2026-03-31",
          "kind": "volunteer-hours",
          "amount": 140.0,
          "side": "partner",
          "note": "Engineers mentoring the robotics club, winter season",
          "by": null,
          "value": 4688.6
        },
        {
          "partner": "techforward",
          "partner_name": "TechForward Solutions",
          "id": "qf159x3r",
          "date": "2026-06-15",
          "kind": "funding",
          "amount": 15000.0,
          "side": "partner",
          "note": "Stipends for 20 summer interns",
          "by": null,
          "value": 15000.0
        },
        {
          "partner": "techforward",
          "partner_name": "TechForward Solutions",
          "id": "4y3n1s95",
          "date": "2026-06-30",
          "kind": "staff-hours",
          "amount": 120.0,
          "side": "ours",
          "note": "Intern coordinator: recruiting, preparation, check-ins",
          "by": null,
          "value": 4018.8
        },
        {
          "partner": "techforward",
          "partner_name": "TechForward Solutions",
          "id": "dssxnhmd",
          "date": "2026-07-15",
          "kind": "in-kind",
          "amount": 2400.0,
          "side": "ours",
          "note": "Transit passes for the interns",
          "by": null,
          "value": 2400.0
        },
        {
          "partner": "techforward",
          "partner_name": "TechForward Solutions",
          "id": "d9cnwdcp",
          "date": "2026-10-31",
          "kind": "volunteer-hours",
          "amount": 110.0,
          "side": "partner",
          "note": "Engineers mentoring the robotics club, fall season",
          "by": null,
          "value": 3683.9
        },
        {
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "id": "90qpmag3",
          "date": "2026-01-20",
          "kind": "in-kind",
          "amount": 42000.0,
          "side": "partner",
          "note": "Tuition waived for dual-credit students, spring semester",
          "by": null,
          "value": 42000.0
        },
        {
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "id": "epjfeyvb",
          "date": "2026-05-29",
          "kind": "staff-hours",
          "amount": 200.0,
          "side": "ours",
          "note": "Counselors advising dual-credit students",
          "by": null,
          "value": 6698.0
        },
        {
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "id": "q94tzg0j",
          "date": "2026-08-20",
          "kind": "funding",
          "amount": 12600.0,
          "side": "ours",
          "note": "Textbooks for dual-credit sections",
          "by": null,
          "value": 12600.0
        },
        {
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "id": "22f9zcr9",
          "date": "2026-08-25",
          "kind": "in-kind",
          "amount": 45500.0,
          "side": "partner",
          "note": "Tuition waived for dual-credit students, fall semester",
          "by": null,
          "value": 45500.0
        },
        {
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "id": "377d7hb7",
          "date": "2026-08-25",
          "kind": "facilities",
          "amount": 9000.0,
          "side": "ours",
          "note": "High-school classrooms for four college sections",
          "by": null,
          "value": 9000.0
        }
      ],
      "by_partner": [
        {
          "partner": "city-parks",
          "ours": 4500.0,
          "partner": 4800.0,
          "valued_hours": 0.0,
          "unvalued_hours": 0.0,
          "total": 9300.0,
          "our_share": 0.4838709677419355,
          "partner_share": 0.5161290322580645
        },
        {
          "partner": "eastside-neighbors",
          "ours": 0.0,
          "partner": 2009.4,
          "valued_hours": 60.0,
          "unvalued_hours": 0.0,
          "total": 2009.4,
          "our_share": 0.0,
          "partner_share": 1.0
        },
        {
          "partner": "harvest-food-bank",
          "ours": 9628.2,
          "partner": 16100.0,
          "valued_hours": 180.0,
          "unvalued_hours": 0.0,
          "total": 25728.2,
          "our_share": 0.37422750134094107,
          "partner_share": 0.6257724986590589
        },
        {
          "partner": "riverside-hospital",
          "ours": 6523.5,
          "partner": 90716.8,
          "valued_hours": 470.0,
          "unvalued_hours": 0.0,
          "total": 97240.3,
          "our_share": 0.06708638290914364,
          "partner_share": 0.9329136170908564
        },
        {
          "partner": "science-museum",
          "ours": 3200.0,
          "partner": 2500.0,
          "valued_hours": 0.0,
          "unvalued_hours": 0.0,
          "total": 5700.0,
          "our_share": 0.5614035087719298,
          "partner_share": 0.43859649122807015
        },
        {
          "partner": "techforward",
          "ours": 6418.8,
          "partner": 23372.5,
          "valued_hours": 370.0,
          "unvalued_hours": 0.0,
          "total": 29791.3,
          "our_share": 0.21545887557776935,
          "partner_share": 0.7845411244222307
        },
        {
          "partner": "valley-college",
          "ours": 28298.0,
          "partner": 87500.0,
          "valued_hours": 200.0,
          "unvalued_hours": 0.0,
          "total": 115798.0,
          "our_share": 0.2443738233820964,
          "partner_share": 0.7556261766179035
        }
      ],
      "by_kind": [
        {
          "kind": "funding",
          "entries": 5,
          "amount": 98800.0,
          "value": 98800.0
        },
        {
          "kind": "in-kind",
          "entries": 8,
          "amount": 120500.0,
          "value": 120500.0
        },
        {
          "kind": "staff-hours",
          "entries": 4,
          "amount": 590.0,
          "value": 19759.1
        },
        {
          "kind": "volunteer-hours",
          "entries": 7,
          "amount": 690.0,
          "value": 23108.100000000006
        },
        {
          "kind": "facilities",
          "entries": 5,
          "amount": 23400.0,
          "value": 23400.0
        }
      ],
      "total": {
        "partner": "all",
        "ours": 58568.5,
        "partner": 226998.69999999998,
        "valued_hours": 1280.0,
        "unvalued_hours": 0.0,
        "total": 285567.19999999995,
        "our_share": 0.2050953330774683,
        "partner_share": 0.7949046669225318
      },
      "lopsided": [
        "riverside-hospital: our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour"
      ]
    }
    "#);
    insta::assert_snapshot!(env.ok(&["contrib", "list", "--format", "csv"]), @r#"
    date,partner,id,side,kind,amount,value,note
    2026-03-01,city-parks,j8he6kb0,partner,facilities,"$4,800","$4,800",Fields and gyms for the spring season
    2026-09-01,city-parks,3gyfk88z,ours,facilities,"$4,500","$4,500",School gyms for the after-school program
    2025-12-10,eastside-neighbors,n7c2wq5e,partner,volunteer-hours,60 h,"$2,009.40","Tutoring volunteers, fall term"
    2026-01-30,harvest-food-bank,ravxss2v,partner,in-kind,"$8,200","$8,200","Weekend backpacks, winter"
    2026-04-30,harvest-food-bank,qjqwtzvn,ours,volunteer-hours,180 h,"$6,028.20",Staff and parent volunteers running the school pantries
    2026-05-29,harvest-food-bank,z4ygj7jr,partner,in-kind,"$7,900","$7,900","Weekend backpacks, spring"
    2026-08-25,harvest-food-bank,cdbs6rav,ours,facilities,"$3,600","$3,600",Pantry room at Jefferson Elementary for the school year
    2025-12-05,riverside-hospital,nhy27044,partner,volunteer-hours,40 h,"$1,339.60",Nurses at the flu-shot clinic at Lincoln High
    2026-01-12,riverside-hospital,sjvqdb1w,partner,funding,"$34,000","$34,000","Nurse educator position, spring semester"
    2026-01-12,riverside-hospital,1bz1te5r,partner,in-kind,"$6,000","$6,000","Simulation lab space for the CNA course, spring semester"
    2026-02-07,riverside-hospital,s93xmasz,partner,volunteer-hours,64 h,"$2,143.36",Nurses and techs staffing the spring health fair
    2026-02-07,riverside-hospital,ykhkd1n4,ours,facilities,"$1,500","$1,500",Lincoln High gym for the health fair
    2026-04-18,riverside-hospital,9ss4dm63,partner,volunteer-hours,96 h,"$3,215.04",Job-shadowing days for 32 students
    2026-07-20,riverside-hospital,5k2ge2wk,partner,staff-hours,120 h,"$4,018.80","Summer health-teacher training, five days"
    2026-08-17,riverside-hospital,mdkbmpnr,partner,funding,"$34,000","$34,000","Nurse educator position, fall semester"
    2026-08-17,riverside-hospital,q3g241ke,partner,in-kind,"$6,000","$6,000","Simulation lab space for the CNA course, fall semester"
    2026-09-30,riverside-hospital,xxyy16dr,ours,staff-hours,150 h,"$5,023.50",Health-course teachers co-teaching with the nurse educator
    2026-02-15,science-museum,x3kq7m2a,partner,in-kind,"$2,500","$2,500",Loan of twelve classroom science kits
    2026-04-10,science-museum,p9vd4t6h,ours,funding,"$3,200","$3,200",Buses for the grade 5 field trips
    2026-03-31,techforward,nq1yea18,partner,volunteer-hours,140 h,"$4,688.60","Engineers mentoring the robotics club, winter season"
    2026-06-15,techforward,qf159x3r,partner,funding,"$15,000","$15,000",Stipends for 20 summer interns
    2026-06-30,techforward,4y3n1s95,ours,staff-hours,120 h,"$4,018.80","Intern coordinator: recruiting, preparation, check-ins"
    2026-07-15,techforward,dssxnhmd,ours,in-kind,"$2,400","$2,400",Transit passes for the interns
    2026-10-31,techforward,d9cnwdcp,partner,volunteer-hours,110 h,"$3,683.90","Engineers mentoring the robotics club, fall season"
    2026-01-20,valley-college,90qpmag3,partner,in-kind,"$42,000","$42,000","Tuition waived for dual-credit students, spring semester"
    2026-05-29,valley-college,epjfeyvb,ours,staff-hours,200 h,"$6,698",Counselors advising dual-credit students
    2026-08-20,valley-college,q94tzg0j,ours,funding,"$12,600","$12,600",Textbooks for dual-credit sections
    2026-08-25,valley-college,22f9zcr9,partner,in-kind,"$45,500","$45,500","Tuition waived for dual-credit students, fall semester"
    2026-08-25,valley-college,377d7hb7,ours,facilities,"$9,000","$9,000",High-school classrooms for four college sections
    "#);
}

#[test]
fn win_list() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["win", "list"]), @"
    DATE        PARTNER             ID        WIN                                                                                          TAGS
    2026-10-15  city-parks          x0fzadej  After-school attendance at the three park programs rose 18% over last fall                   students
    2026-09-25  riverside-hospital  nbm40wy0  The hospital renewed the nurse educator position for a third year                            funding
    2026-08-14  techforward         w9v3vcx8  All 20 summer interns completed their placements, and six were offered part-time roles       students, press
    2026-06-10  riverside-hospital  jzvdf1b1  Twelve Lincoln High seniors earned their CNA certification in the hospital's simulation lab  students, board-report
    2026-06-05  valley-college      mewxcv03  The class of 2026 earned 1,140 college credits through dual credit, a district record        students, board-report
    2026-03-20  harvest-food-bank   m4f0hzkm  Weekend backpacks reached 400 families at five schools                                       families
    ");
    insta::assert_snapshot!(env.ok(&["win", "list", "--format", "json"]), @r#"
    [
      {
        "partner": "city-parks",
        "partner_name": "City of Riverside Parks & Recreation",
        "id": "x0fzadej",
        "date": "2026-10-15",
        "text": "After-school attendance at the three park programs rose 18% over last fall",
        "tags": [
          "students"
        ],
        "by": null
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "nbm40wy0",
        "date": "2026-09-25",
        "text": "The hospital renewed the nurse educator position for a third year",
        "tags": [
          "funding"
        ],
        "by": null
      },
      {
        "partner": "techforward",
        "partner_name": "TechForward Solutions",
        "id": "w9v3vcx8",
        "date": "2026-08-14",
        "text": "All 20 summer interns completed their placements, and six were offered part-time roles",
        "tags": [
          "students",
          "press"
        ],
        "by": null
      },
      {
        "partner": "riverside-hospital",
        "partner_name": "Riverside Regional Hospital",
        "id": "jzvdf1b1",
        "date": "2026-06-10",
        "text": "Twelve Lincoln High seniors earned their CNA certification in the hospital's simulation lab",
        "tags": [
          "students",
          "board-report"
        ],
        "by": null
      },
      {
        "partner": "valley-college",
        "partner_name": "Riverside Valley Community College",
        "id": "mewxcv03",
        "date": "2026-06-05",
        "text": "The class of 2026 earned 1,140 college credits through dual credit, a district record",
        "tags": [
          "students",
          "board-report"
        ],
        "by": null
      },
      {
        "partner": "harvest-food-bank",
        "partner_name": "Harvest Table Food Bank",
        "id": "m4f0hzkm",
        "date": "2026-03-20",
        "text": "Weekend backpacks reached 400 families at five schools",
        "tags": [
          "families"
        ],
        "by": null
      }
    ]
    "#);
    insta::assert_snapshot!(env.ok(&["win", "list", "--format", "csv"]), @r#"
    date,partner,id,win,tags
    2026-10-15,city-parks,x0fzadej,After-school attendance at the three park programs rose 18% over last fall,students
    2026-09-25,riverside-hospital,nbm40wy0,The hospital renewed the nurse educator position for a third year,funding
    2026-08-14,techforward,w9v3vcx8,"All 20 summer interns completed their placements, and six were offered part-time roles","students, press"
    2026-06-10,riverside-hospital,jzvdf1b1,Twelve Lincoln High seniors earned their CNA certification in the hospital's simulation lab,"students, board-report"
    2026-06-05,valley-college,mewxcv03,"The class of 2026 earned 1,140 college credits through dual credit, a district record","students, board-report"
    2026-03-20,harvest-food-bank,m4f0hzkm,Weekend backpacks reached 400 families at five schools,families
    "#);
}

#[test]
fn status() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["status"]), @r#"
    overdue  Riverside Museum of Science & History     annual evaluation overdue: never evaluated in 6 years
             → accord eval record science-museum
    overdue  Riverside Museum of Science & History     goal "Every 5th-grade class visits the museum" was due 2026-06-12 (5 months ago) and is not met (88%, target 100%)
             → accord goal close museum-field-trips --met|--missed
    overdue  Harvest Table Food Bank                   annual evaluation overdue: last evaluated 2025-06-19 (17 months ago)
             → accord eval record harvest-food-bank
    overdue  Riverside Museum of Science & History     MOU ended 2026-06-30 (4 months ago) and was not renewed
             → accord partner set science-museum --agreement-signed DATE --agreement-ends DATE
    overdue  Riverside Museum of Science & History     the partner's action item 3 months overdue: Send a draft of the rewritten MOU (Helen Brooks)
             → accord action done h7y7nb1d
    overdue  Riverside Museum of Science & History     check-in 2 months overdue: last contact 2026-06-12 (5 months ago), meets quarterly
             → accord checkin log science-museum
    overdue  Riverside Valley Community College        our action item 39 days overdue: Send fall dual-credit enrollment numbers by school (Marcus Bell)
             → accord action done 8pbdfbbe
    overdue  Riverside Regional Hospital               the partner's action item 17 days overdue: Send the updated job-shadowing consent form (Dr. Maya Chen)
             → accord action done vdj1jt8b
    overdue  TechForward Solutions                     our action item 7 days overdue: Process the mentors' clearance forms and send the club schedule (Dana Whitfield)
             → accord action done 2d2xv1rf
    soon     TechForward Solutions, Riverside Valley…  survey "Students in internships and college classes" closes 2026-11-27 (in 4 days): 10 of 64 invited have answered (16%)
             → send a reminder, then accord survey import student-voice-fall FILE.csv
    soon     Riverside Valley Community College        check-in due in 10 days: last contact 2026-09-03 (2 months ago), meets quarterly
             → accord checkin log valley-college
    soon     Riverside Valley Community College        MOU ends 2026-12-31 (in 38 days)
             → accord partner set valley-college --agreement-signed DATE --agreement-ends DATE
    watch    Riverside Valley Community College        in the concern band on accord: Communication 2.3
             → accord eval show valley-college
    watch    Riverside Valley Community College        scores fell since the previous evaluation: Communication 3.5 → 2.5 (ours), Communication 3.0 → 2.0 (partner)
             → accord eval show valley-college
    watch    Riverside Valley Community College        goal "Students earn 9,000 dual-credit hours" was last measured 2026-08-14 (3 months ago)
             → accord goal track dual-credit-hours VALUE
    watch    Riverside Regional Hospital               the two sides differ by 1 or more on Balanced investment (ours 4.0, partner 2.0)
             → accord eval show riverside-hospital
    watch    program                                   goal "Cut chronic absence from 18% to 12%" is at risk: 46% of the way with 67% of the time gone
             → accord goal show chronic-absence
    watch    Harvest Table Food Bank                   goal "Reach 450 pantry families a month" is off track: 24% of the way with 67% of the time gone
             → accord goal show pantry-families
    watch    program                                   in the concern band in survey "Fall family survey": Kept informed 2.3 (families, community)
             → accord survey show family-survey-2026
    watch    Riverside Museum of Science & History     no role named on our side
             → accord role assign science-museum --side ours --title Liaison --person NAME
    watch    Riverside Regional Hospital               our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour
             → accord contrib log riverside-hospital --side ours --kind KIND --amount N (if one side giving most is expected: accord partner set riverside-hospital --balance off, or a lower floor such as 5%)

    9 overdue, 3 due soon, 9 to watch as of 2026-11-23
    "#);
    insta::assert_snapshot!(env.ok(&["status", "--format", "json"]), @r#"
    {
      "as_of": "2026-11-23",
      "overdue": 9,
      "soon": 3,
      "watch": 9,
      "items": [
        {
          "urgency": "overdue",
          "kind": "evaluation-due",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": null,
          "side": null,
          "problem": "annual evaluation overdue: never evaluated in 6 years",
          "date": "2021-10-01",
          "days": 1879,
          "fix": "accord eval record science-museum"
        },
        {
          "urgency": "overdue",
          "kind": "goal-overdue",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": "museum-field-trips",
          "side": null,
          "problem": "goal \"Every 5th-grade class visits the museum\" was due 2026-06-12 (5 months ago) and is not met (88%, target 100%)",
          "date": "2026-06-12",
          "days": 164,
          "fix": "accord goal close museum-field-trips --met|--missed"
        },
        {
          "urgency": "overdue",
          "kind": "evaluation-due",
          "partner": "harvest-food-bank",
          "partner_name": "Harvest Table Food Bank",
          "subject": null,
          "side": null,
          "problem": "annual evaluation overdue: last evaluated 2025-06-19 (17 months ago)",
          "date": "2026-06-19",
          "days": 157,
          "fix": "accord eval record harvest-food-bank"
        },
        {
          "urgency": "overdue",
          "kind": "agreement-expired",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": null,
          "side": null,
          "problem": "MOU ended 2026-06-30 (4 months ago) and was not renewed",
          "date": "2026-06-30",
          "days": 146,
          "fix": "accord partner set science-museum --agreement-signed DATE --agreement-ends DATE"
        },
        {
          "urgency": "overdue",
          "kind": "action-overdue",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": "h7y7nb1d",
          "side": "partner",
          "problem": "the partner's action item 3 months overdue: Send a draft of the rewritten MOU (Helen Brooks)",
          "date": "2026-08-01",
          "days": 114,
          "fix": "accord action done h7y7nb1d"
        },
        {
          "urgency": "overdue",
          "kind": "checkin-overdue",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": null,
          "side": null,
          "problem": "check-in 2 months overdue: last contact 2026-06-12 (5 months ago), meets quarterly",
          "date": "2026-09-12",
          "days": 72,
          "fix": "accord checkin log science-museum"
        },
        {
          "urgency": "overdue",
          "kind": "action-overdue",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": "8pbdfbbe",
          "side": "ours",
          "problem": "our action item 39 days overdue: Send fall dual-credit enrollment numbers by school (Marcus Bell)",
          "date": "2026-10-15",
          "days": 39,
          "fix": "accord action done 8pbdfbbe"
        },
        {
          "urgency": "overdue",
          "kind": "action-overdue",
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "subject": "vdj1jt8b",
          "side": "partner",
          "problem": "the partner's action item 17 days overdue: Send the updated job-shadowing consent form (Dr. Maya Chen)",
          "date": "2026-11-06",
          "days": 17,
          "fix": "accord action done vdj1jt8b"
        },
        {
          "urgency": "overdue",
          "kind": "action-overdue",
          "partner": "techforward",
          "partner_name": "TechForward Solutions",
          "subject": "2d2xv1rf",
          "side": "ours",
          "problem": "our action item 7 days overdue: Process the mentors' clearance forms and send the club schedule (Dana Whitfield)",
          "date": "2026-11-16",
          "days": 7,
          "fix": "accord action done 2d2xv1rf"
        },
        {
          "urgency": "soon",
          "kind": "survey-closing",
          "partner": "techforward",
          "partner_name": "TechForward Solutions, Riverside Valley Community College",
          "subject": "student-voice-fall",
          "side": null,
          "problem": "survey \"Students in internships and college classes\" closes 2026-11-27 (in 4 days): 10 of 64 invited have answered (16%)",
          "date": "2026-11-27",
          "days": -4,
          "fix": "send a reminder, then accord survey import student-voice-fall FILE.csv"
        },
        {
          "urgency": "soon",
          "kind": "checkin-due",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": null,
          "side": null,
          "problem": "check-in due in 10 days: last contact 2026-09-03 (2 months ago), meets quarterly",
          "date": "2026-12-03",
          "days": -10,
          "fix": "accord checkin log valley-college"
        },
        {
          "urgency": "soon",
          "kind": "agreement-ending",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": null,
          "side": null,
          "problem": "MOU ends 2026-12-31 (in 38 days)",
          "date": "2026-12-31",
          "days": -38,
          "fix": "accord partner set valley-college --agreement-signed DATE --agreement-ends DATE"
        },
        {
          "urgency": "watch",
          "kind": "evaluation-concern",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": "rqpzbyp1",
          "side": null,
          "problem": "in the concern band on accord: Communication 2.3",
          "date": "2026-05-20",
          "days": 187,
          "fix": "accord eval show valley-college"
        },
        {
          "urgency": "watch",
          "kind": "evaluation-falling",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": "rqpzbyp1",
          "side": null,
          "problem": "scores fell since the previous evaluation: Communication 3.5 → 2.5 (ours), Communication 3.0 → 2.0 (partner)",
          "date": "2026-05-20",
          "days": 187,
          "fix": "accord eval show valley-college"
        },
        {
          "urgency": "watch",
          "kind": "goal-stale",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": "dual-credit-hours",
          "side": null,
          "problem": "goal \"Students earn 9,000 dual-credit hours\" was last measured 2026-08-14 (3 months ago)",
          "date": "2026-08-14",
          "days": 101,
          "fix": "accord goal track dual-credit-hours VALUE"
        },
        {
          "urgency": "watch",
          "kind": "evaluation-divergence",
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "subject": "tec21mre",
          "side": null,
          "problem": "the two sides differ by 1 or more on Balanced investment (ours 4.0, partner 2.0)",
          "date": "2026-10-20",
          "days": 34,
          "fix": "accord eval show riverside-hospital"
        },
        {
          "urgency": "watch",
          "kind": "goal-at-risk",
          "partner": null,
          "partner_name": null,
          "subject": "chronic-absence",
          "side": null,
          "problem": "goal \"Cut chronic absence from 18% to 12%\" is at risk: 46% of the way with 67% of the time gone",
          "date": "2027-06-30",
          "days": -219,
          "fix": "accord goal show chronic-absence"
        },
        {
          "urgency": "watch",
          "kind": "goal-off-track",
          "partner": "harvest-food-bank",
          "partner_name": "Harvest Table Food Bank",
          "subject": "pantry-families",
          "side": null,
          "problem": "goal \"Reach 450 pantry families a month\" is off track: 24% of the way with 67% of the time gone",
          "date": "2027-06-30",
          "days": -219,
          "fix": "accord goal show pantry-families"
        },
        {
          "urgency": "watch",
          "kind": "survey-concern",
          "partner": null,
          "partner_name": null,
          "subject": "family-survey-2026",
          "side": null,
          "problem": "in the concern band in survey \"Fall family survey\": Kept informed 2.3 (families, community)",
          "date": null,
          "days": null,
          "fix": "accord survey show family-survey-2026"
        },
        {
          "urgency": "watch",
          "kind": "no-role",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": null,
          "side": "ours",
          "problem": "no role named on our side",
          "date": null,
          "days": null,
          "fix": "accord role assign science-museum --side ours --title Liaison --person NAME"
        },
        {
          "urgency": "watch",
          "kind": "investment-lopsided",
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "subject": null,
          "side": "ours",
          "problem": "our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour",
          "date": null,
          "days": null,
          "fix": "accord contrib log riverside-hospital --side ours --kind KIND --amount N (if one side giving most is expected: accord partner set riverside-hospital --balance off, or a lower floor such as 5%)"
        }
      ]
    }
    "#);
}

#[test]
fn check() {
    let env = TestEnv::example();
    insta::assert_snapshot!(env.ok(&["check"]), @"checked 24 files: no problems");
    insta::assert_snapshot!(env.ok(&["check", "--format", "json"]), @r#"
    {
      "files": 24,
      "errors": 0,
      "warnings": 0,
      "problems": []
    }
    "#);
}

#[test]
fn check_with_problems() {
    let env = TestEnv::example();
    env.write(
        "goals/broken.toml",
        "title = \"Broken\"\nmetric = \"x\"\ntarget = \"lots\"\n",
    );
    let parks = env.read("partners/city-parks.toml");
    env.write(
        "partners/city-parks.toml",
        &parks.replacen("stage = \"active\"", "stage = \"activ\"", 1),
    );
    let pantry = env.read("goals/pantry-families.toml");
    env.write(
        "goals/pantry-families.toml",
        &(pantry + "partners = [\"nobody\"]\n"),
    );
    let stdout = |args: &[&str]| {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "`accord {}`", args.join(" "));
        String::from_utf8(out.stdout).unwrap()
    };
    insta::assert_snapshot!(stdout(&["check"]), @r#"
    goals/broken.toml:3:10: error: `target`: found the text "lots", expected a number
    goals/pantry-families.toml:114:1: warning: unknown field `partners`: accord keeps it but does not use it (a typo?)
    partners/city-parks.toml:3:9: error: `stage`: unknown value `activ`, expected one of `prospect`, `exploring`, `active`, `paused`, `ended`
    checked 25 files: 2 errors, 1 warning
    "#);
    insta::assert_snapshot!(stdout(&["check", "--format", "json"]), @r#"
    {
      "files": 25,
      "errors": 2,
      "warnings": 1,
      "problems": [
        {
          "file": "goals/broken.toml",
          "line": 3,
          "column": 10,
          "severity": "error",
          "message": "`target`: found the text \"lots\", expected a number"
        },
        {
          "file": "goals/pantry-families.toml",
          "line": 114,
          "column": 1,
          "severity": "warning",
          "message": "unknown field `partners`: accord keeps it but does not use it (a typo?)"
        },
        {
          "file": "partners/city-parks.toml",
          "line": 3,
          "column": 9,
          "severity": "error",
          "message": "`stage`: unknown value `activ`, expected one of `prospect`, `exploring`, `active`, `paused`, `ended`"
        }
      ]
    }
    "#);
}

#[test]
fn workspace() {
    let env = TestEnv::example();
    let root = env.root.display().to_string();
    let run = |args: &[&str]| env.ok(args).replace(&root, "[ROOT]");
    insta::assert_snapshot!(run(&["workspace"]), @"
    [ROOT]
      why      the nearest folder with an accord.toml, upward from the current directory
      program  Riverside Unified Partnerships
      holds    10 partners, 8 goals
    ");
    insta::assert_snapshot!(run(&["workspace", "--format", "json"]), @r#"
    {
      "path": "[ROOT]",
      "source": "found",
      "reason": "the nearest folder with an accord.toml, upward from the current directory",
      "exists": true,
      "name": "Riverside Unified Partnerships",
      "partners": 10,
      "goals": 8
    }
    "#);
}

#[test]
fn calendar() {
    let env = TestEnv::example();
    let out = env.ok(&["calendar"]);
    assert!(
        !out.replace("\r\n", "").contains('\n'),
        "every line of the feed ends in CRLF"
    );
    insta::assert_snapshot!(out, @r"
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//accord//partnership calendar//EN
    CALSCALE:GREGORIAN
    NAME;VALUE=TEXT:Riverside Unified Partnerships
    X-WR-CALNAME:Riverside Unified Partnerships
    BEGIN:VEVENT
    DESCRIPTION:Overdue since 2026-09-12.\nLast contact 2026-06-12\; meets quar
     terly.\nLog it: accord checkin log science-museum
    DTEND;VALUE=DATE:20261124
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261123
    SUMMARY:Check-in overdue: Riverside Museum of Science & History
    TRANSP:TRANSPARENT
    UID:checkin-due-science-museum@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Overdue since 2026-06-19.\nLast evaluated 2025-06-19\; due once
      a year.\nRecord it: accord eval record harvest-food-bank
    DTEND;VALUE=DATE:20261124
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261123
    SUMMARY:Evaluation overdue: Harvest Table Food Bank
    TRANSP:TRANSPARENT
    UID:evaluation-due-harvest-food-bank@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Overdue since 2021-10-01.\nNever evaluated\, a partner since 20
     20-10-01\; due once a year.\nRecord it: accord eval record science-museum
    DTEND;VALUE=DATE:20261124
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261123
    SUMMARY:Evaluation overdue: Riverside Museum of Science & History
    TRANSP:TRANSPARENT
    UID:evaluation-due-science-museum@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:The MOU ended 2026-06-30 and was not renewed.\nSigned 2023-07-0
     1.\nRenew it: accord partner set science-museum --agreement-signed DATE --
     agreement-ends DATE
    DTEND;VALUE=DATE:20261124
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261123
    SUMMARY:MOU expired: Riverside Museum of Science & History
    TRANSP:TRANSPARENT
    UID:agreement-end-science-museum@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Overdue since 2026-11-16.\nOur action item\, owned by Dana Whit
     field\, agreed at the check-in of 2026-11-13.\nMark it done: accord action
      done 2d2xv1rf
    DTEND;VALUE=DATE:20261124
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261123
    SUMMARY:Action overdue: Process the mentors' clearance forms and send the c
     lub schedule (TechForward Solutions)
    TRANSP:TRANSPARENT
    UID:action-2d2xv1rf@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Overdue since 2026-08-01.\nThe partner's action item\, owned by
      Helen Brooks\, agreed at the check-in of 2026-06-12.\nMark it done: accor
     d action done h7y7nb1d
    DTEND;VALUE=DATE:20261124
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261123
    SUMMARY:Action overdue: Send a draft of the rewritten MOU (Riverside Museum
      of Science & History)
    TRANSP:TRANSPARENT
    UID:action-h7y7nb1d@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Overdue since 2026-10-15.\nOur action item\, owned by Marcus Be
     ll\, agreed at the check-in of 2026-09-03.\nMark it done: accord action do
     ne 8pbdfbbe
    DTEND;VALUE=DATE:20261124
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261123
    SUMMARY:Action overdue: Send fall dual-credit enrollment numbers by school 
     (Riverside Valley Community College)
    TRANSP:TRANSPARENT
    UID:action-8pbdfbbe@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Overdue since 2026-11-06.\nThe partner's action item\, owned by
      Dr. Maya Chen\, agreed at the check-in of 2026-09-10.\nMark it done: acco
     rd action done vdj1jt8b
    DTEND;VALUE=DATE:20261124
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261123
    SUMMARY:Action overdue: Send the updated job-shadowing consent form (Rivers
     ide Regional Hospital)
    TRANSP:TRANSPARENT
    UID:action-vdj1jt8b@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Overdue since 2026-06-12.\nA goal with Riverside Museum of Scie
     nce & History\; on 2026-11-23\, overdue: it was due 2026-06-12 (5 months a
     go)\; the latest value\, 88% on 2026-06-05\, falls short of the target of 
     100%.\nClose it: accord goal close museum-field-trips --met|--missed
    DTEND;VALUE=DATE:20261124
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261123
    SUMMARY:Goal overdue: Every 5th-grade class visits the museum (Riverside Mu
     seum of Science & History)
    TRANSP:TRANSPARENT
    UID:goal-due-museum-field-trips@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Closes 2026-11-27.\nA survey of students about TechForward Solu
     tions\, Riverside Valley Community College. 10 of 64 invited had answered 
     on 2026-11-23.\nImport the responses: accord survey import student-voice-f
     all FILE.csv
    DTEND;VALUE=DATE:20261128
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261127
    SUMMARY:Survey closes: Students in internships and college classes
    TRANSP:TRANSPARENT
    UID:survey-closes-student-voice-fall@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2026-11-30.\nThe partner's action item\, owned by Prof. Ala
     n Okafor\, agreed at the check-in of 2026-09-03.\nMark it done: accord act
     ion done t6j2s6fy
    DTEND;VALUE=DATE:20261201
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261130
    SUMMARY:Action due: Send the draft renewal MOU to the district (Riverside V
     alley Community College)
    TRANSP:TRANSPARENT
    UID:action-t6j2s6fy@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2026-12-01.\nOur action item\, owned by Marcus Bell\, agree
     d at the check-in of 2026-08-14.\nMark it done: accord action done fjvpg6k
     q
    DTEND;VALUE=DATE:20261202
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261201
    SUMMARY:Action due: Send the gym schedule for the winter season (City of Ri
     verside Parks & Recreation)
    TRANSP:TRANSPARENT
    UID:action-fjvpg6kq@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2026-12-03.\nLast contact 2026-09-03\; meets quarterly.\nLo
     g it: accord checkin log valley-college
    DTEND;VALUE=DATE:20261204
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261203
    SUMMARY:Check-in due: Riverside Valley Community College
    TRANSP:TRANSPARENT
    UID:checkin-due-valley-college@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2026-12-04.\nThe partner's action item\, owned by Tom Reyes
     \, agreed at the check-in of 2026-10-21.\nMark it done: accord action done
      br5srhx3
    DTEND;VALUE=DATE:20261205
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261204
    SUMMARY:Action due: Add Madison Elementary to the backpack deliveries (Harv
     est Table Food Bank)
    TRANSP:TRANSPARENT
    UID:action-br5srhx3@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2026-12-04.\nOur action item\, owned by Keisha Monroe\, agr
     eed at the check-in of 2026-11-17.\nMark it done: accord action done e062a
     xsz
    DTEND;VALUE=DATE:20261205
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261204
    SUMMARY:Action due: Draft the fit assessment for the cabinet (Northside Cre
     dit Union)
    TRANSP:TRANSPARENT
    UID:action-e062axsz@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2026-12-09.\nPlanned at the check-in of 2026-11-17.\nLog it
     : accord checkin log northside-credit-union
    DTEND;VALUE=DATE:20261210
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261209
    SUMMARY:Check-in due: Northside Credit Union
    TRANSP:TRANSPARENT
    UID:checkin-due-northside-credit-union@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2026-12-10.\nPlanned at the check-in of 2026-11-12.\nLog it
     : accord checkin log riverside-hospital
    DTEND;VALUE=DATE:20261211
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261210
    SUMMARY:Check-in due: Riverside Regional Hospital
    TRANSP:TRANSPARENT
    UID:checkin-due-riverside-hospital@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2026-12-13.\nLast contact 2026-11-13\; meets monthly.\nLog 
     it: accord checkin log techforward
    DTEND;VALUE=DATE:20261214
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261213
    SUMMARY:Check-in due: TechForward Solutions
    TRANSP:TRANSPARENT
    UID:checkin-due-techforward@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2026-12-15.\nOur action item\, owned by Dana Whitfield\, ag
     reed at the check-in of 2026-11-12.\nMark it done: accord action done haw9
     gpez
    DTEND;VALUE=DATE:20261216
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261215
    SUMMARY:Action due: Share fall attendance and health-course data (Riverside
      Regional Hospital)
    TRANSP:TRANSPARENT
    UID:action-haw9gpez@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:The MOU ends 2026-12-31.\nSigned 2023-08-01.\nRenew it: accord 
     partner set valley-college --agreement-signed DATE --agreement-ends DATE
    DTEND;VALUE=DATE:20270101
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20261231
    SUMMARY:MOU ends: Riverside Valley Community College
    TRANSP:TRANSPARENT
    UID:agreement-end-valley-college@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2027-01-21.\nLast contact 2026-10-21\; meets quarterly.\nLo
     g it: accord checkin log harvest-food-bank
    DTEND;VALUE=DATE:20270122
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20270121
    SUMMARY:Check-in due: Harvest Table Food Bank
    TRANSP:TRANSPARENT
    UID:checkin-due-harvest-food-bank@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2027-02-14.\nLast contact 2026-08-14\; meets twice a year.\
     nLog it: accord checkin log city-parks
    DTEND;VALUE=DATE:20270215
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20270214
    SUMMARY:Check-in due: City of Riverside Parks & Recreation
    TRANSP:TRANSPARENT
    UID:checkin-due-city-parks@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2027-03-10.\nLast evaluated 2026-03-10\; due once a year.\n
     Record it: accord eval record techforward
    DTEND;VALUE=DATE:20270311
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20270310
    SUMMARY:Evaluation due: TechForward Solutions
    TRANSP:TRANSPARENT
    UID:evaluation-due-techforward@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2027-05-06.\nLast evaluated 2026-05-06\; due once a year.\n
     Record it: accord eval record city-parks
    DTEND;VALUE=DATE:20270507
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20270506
    SUMMARY:Evaluation due: City of Riverside Parks & Recreation
    TRANSP:TRANSPARENT
    UID:evaluation-due-city-parks@accord
    END:VEVENT
    BEGIN:VEVENT
    DESCRIPTION:Due 2027-05-20.\nLast evaluated 2026-05-20\; due once a year.\n
     Record it: accord eval record valley-college
    DTEND;VALUE=DATE:20270521
    DTSTAMP:20261123T000000Z
    DTSTART;VALUE=DATE:20270520
    SUMMARY:Evaluation due: Riverside Valley Community College
    TRANSP:TRANSPARENT
    UID:evaluation-due-valley-college@accord
    END:VEVENT
    END:VCALENDAR
    ");
}

#[test]
fn report_quarterly() {
    let env = TestEnv::example();
    let q = |more: &[&str]| env.ok(&[&["report", "quarterly"], more].concat());
    insta::assert_snapshot!(q(&[]), @r#"
    Riverside Unified Partnerships: quarterly report
    FY2027-Q2 (Oct-Dec 2026) · as of 2026-11-23

    Headline
      hours valued at $33.49 an hour
      Active partners                6  same as FY2027-Q1
      Check-ins held                 7  -1 vs FY2027-Q1
      Check-in coverage            57%  -26 pts vs FY2027-Q1  4 of the 7 partners expected to meet held a check-in
      Action items opened            6  -2 vs FY2027-Q1
      Action items closed            3  -1 vs FY2027-Q1
      Action items overdue           4  +3 vs FY2027-Q1  on 2026-11-23
      Reliability, our side        33%  1 of 3 due on time
      Reliability, partners        33%  1 of 3 due on time
      Contributions          $3,683.90  -$122,958.40 vs FY2027-Q1  partners $3,683.90 (100%) · ours $0 (0%)
      Wins                           1  -1 vs FY2027-Q1

    Partners
      PARTNER                                STAGE      LAST CONTACT  CHECK-INS  CADENCE           OPEN  OVERDUE  HEALTH  CHANGE  CONTRIBUTIONS
      City of Riverside Parks & Recreation   active     2026-08-14            0  current              1        0     3.5       =             $0
      Eastside Neighborhood Association      paused     2026-03-18            0  -                    0        0       -       -             $0
      Harvest Table Food Bank                active     2026-10-21            1  current              1        0     4.1       =             $0
      Northside Credit Union                 exploring  2026-11-17            2  current              1        0       -       -             $0
      Riverside Regional Hospital            active     2026-11-12            2  current              2        1     4.0    +0.1             $0
      Riverside Museum of Science & History  active     2026-06-12            0  overdue 2 months     1        1       -       -             $0
      TechForward Solutions                  active     2026-11-13            2  current              1        1     3.9       =      $3,683.90
      Riverside Valley Community College     active     2026-09-03            0  due in 10 days       2        1     3.9       =             $0

      Check-ins this quarter, partners expected to meet
      City of Riverside Parks & Recreation                             none
      Harvest Table Food Bank                ████████████              1 check-in
      Northside Credit Union                 ████████████████████████  2 check-ins
      Riverside Regional Hospital            ████████████████████████  2 check-ins
      Riverside Museum of Science & History                            none
      TechForward Solutions                  ████████████████████████  2 check-ins
      Riverside Valley Community College                               none

    Goals
      GOAL                                        PARTNERS                                     BASELINE        QUARTER END             TARGET  PROGRESS        STATUS          CHANGE
      Hold daily attendance at 94%                program                                         93.6%              94.4%                94%  -               met              -0.5%
      Cut chronic absence from 18% to 12%         program                                           18%              15.2%                12%  ████░░░░░░ 46%  at-risk          -0.6%
      Students earn 9,000 dual-credit hours       Riverside Valley Community College     0 credit hours  6310 credit hours  9000 credit hours  ███████░░░ 70%  stale                =
      Train 70 health teachers with the hospital  Riverside Regional Hospital               14 teachers        58 teachers        70 teachers  ███████░░░ 78%  on-track   +2 teachers
      Every 5th-grade class visits the museum     Riverside Museum of Science & History             60%                88%               100%  ███████░░░ 70%  overdue              =
      Reach 450 pantry families a month           Harvest Table Food Bank                  280 families       322 families       450 families  ██░░░░░░░░ 24%  off-track  +4 families
      Place 30 interns in summer 2027             TechForward Solutions                      0 students                  -        30 students  -               no-data              -

    Partnership health
      Partnership health check (accord), mean of 3 partners
      Shared vision and goals         ████████████████████      4.1 strength (+0.1)
      Communication                   ████████████████          3.4 borderline (=)
      Roles and responsibilities      ██████████████████        3.8 borderline (=)
      Balanced investment             ████████████████          3.3 borderline (=)
      Trust and respect               ███████████████████       4.0 strength (=)
      Value to students               ████████████████████████  5.0 strength (=)
      Flexibility and sustainability  ██████████████████        3.8 borderline (+0.2)

      Weakest: Balanced investment 3.3, Communication 3.4, Roles and responsibilities 3.8

      WHERE THE SIDES DIFFER       DIMENSION            OURS  PARTNER  GAP
      Riverside Regional Hospital  Balanced investment   4.0      2.0  2.0

      Partnership assessment: six principles (nuffield), mean of 1 partner
      Recognise and accept the need for partnership     ████████████████████████  5.0 strength (=)
      Develop clarity and realism of purpose            ███████████████████       4.0 strength (=)
      Ensure commitment and ownership                   ███████████████████       4.0 strength (=)
      Develop and maintain trust                        ███████████████████████   4.8 strength (=)
      Create clear and robust partnership arrangements  ██████████████████        3.8 borderline (=)
      Monitor, measure and learn                        ████████████████          3.3 borderline (=)

      Weakest: Monitor, measure and learn 3.3, Create clear and robust partnership arrangements 3.8, Develop clarity and realism of purpose 4.0

      Trust and value (trust-value), mean of 1 partner
      Openness to communication  ██████████████████        3.0 strength (=)
      Reliability                ████████████████████████  4.0 strength (=)
      Shared mission             ██████████████████        3.0 strength (=)
      Power and influence        ████████████████████████  4.0 strength (=)
      Level of involvement       ██████████████████        3.0 strength (=)
      Resource contribution      ████████████████████████  4.0 strength (=)

      Weakest: Openness to communication 3.0, Shared mission 3.0, Level of involvement 3.0

    What stakeholders say
      results of fewer than 5 respondents are not shown, so no one can be recognised
      SURVEY                                ASKED                                                      RESPONSES                                OVERALL  STRONGEST                                       WEAKEST
      Teachers on the hospital partnership  Riverside Regional Hospital · teachers, closed 2026-10-30  19 responses of 28 invited (68%)  3.9 borderline  Value to students 4.6, Trust and respect 4.2    Communication 3.2, Flexibility and sustainability 3.4
      Fall family survey                    program · families, community, closed 2026-11-13           29 responses of 420 invited (7%)  2.8 borderline  Feeling welcome 3.1, Benefit to your child 3.1  Kept informed 2.3, Having a say 2.5

      WHERE GROUPS DIFFER  QUESTION               HIGHER        LOWER          GAP
      Fall family survey   Benefit to your child  families 3.3  community 2.2  1.2
      Fall family survey   In your language       families 3.2  community 1.7  1.5
      Fall family survey   Having a say           families 2.8  community 1.5  1.3

    Contributions
      hours valued at $33.49 an hour
      By kind and side
      volunteer-hours · partners  ████████████████████████  $3,683.90

    Agreements
      PARTNER                                AGREEMENT  ENDS        STATE
      Riverside Museum of Science & History  MOU        2026-06-30  ended 4 months ago, not renewed
      Riverside Valley Community College     MOU        2026-12-31  ends in 38 days

    Attention on 2026-11-23
               PARTNER                                                    PROBLEM
      overdue  Riverside Museum of Science & History                      annual evaluation overdue: never evaluated in 6 years
      overdue  Riverside Museum of Science & History                      goal "Every 5th-grade class visits the museum" was due 2026-06-12 (5 months ago) and is not met (88%, target 100%)
      overdue  Harvest Table Food Bank                                    annual evaluation overdue: last evaluated 2025-06-19 (17 months ago)
      overdue  Riverside Museum of Science & History                      MOU ended 2026-06-30 (4 months ago) and was not renewed
      overdue  Riverside Museum of Science & History                      the partner's action item 3 months overdue: Send a draft of the rewritten MOU (Helen Brooks)
      overdue  Riverside Museum of Science & History                      check-in 2 months overdue: last contact 2026-06-12 (5 months ago), meets quarterly
      overdue  Riverside Valley Community College                         our action item 39 days overdue: Send fall dual-credit enrollment numbers by school (Marcus Bell)
      overdue  Riverside Regional Hospital                                the partner's action item 17 days overdue: Send the updated job-shadowing consent form (Dr. Maya Chen)
      overdue  TechForward Solutions                                      our action item 7 days overdue: Process the mentors' clearance forms and send the club schedule (Dana Whitfield)
      soon     TechForward Solutions, Riverside Valley Community College  survey "Students in internships and college classes" closes 2026-11-27 (in 4 days): 10 of 64 invited have answered (16%)
      soon     Riverside Valley Community College                         check-in due in 10 days: last contact 2026-09-03 (2 months ago), meets quarterly
      soon     Riverside Valley Community College                         MOU ends 2026-12-31 (in 38 days)
      watch    Riverside Valley Community College                         in the concern band on accord: Communication 2.3
      watch    Riverside Valley Community College                         scores fell since the previous evaluation: Communication 3.5 → 2.5 (ours), Communication 3.0 → 2.0 (partner)
      watch    Riverside Valley Community College                         goal "Students earn 9,000 dual-credit hours" was last measured 2026-08-14 (3 months ago)
      watch    Riverside Regional Hospital                                the two sides differ by 1 or more on Balanced investment (ours 4.0, partner 2.0)
      watch    program                                                    goal "Cut chronic absence from 18% to 12%" is at risk: 46% of the way with 67% of the time gone
      watch    Harvest Table Food Bank                                    goal "Reach 450 pantry families a month" is off track: 24% of the way with 67% of the time gone
      watch    program                                                    in the concern band in survey "Fall family survey": Kept informed 2.3 (families, community)
      watch    Riverside Museum of Science & History                      no role named on our side
      watch    Riverside Regional Hospital                                our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour

    Wins
      DATE        PARTNER                               WIN
      2026-10-15  City of Riverside Parks & Recreation  After-school attendance at the three park programs rose 18% over last fall
    "#);
    insta::assert_snapshot!(q(&["--format", "table"]), @r#"
    Riverside Unified Partnerships: quarterly report
    FY2027-Q2 (Oct-Dec 2026) · as of 2026-11-23

    Headline
      hours valued at $33.49 an hour
      Active partners                6  same as FY2027-Q1
      Check-ins held                 7  -1 vs FY2027-Q1
      Check-in coverage            57%  -26 pts vs FY2027-Q1  4 of the 7 partners expected to meet held a check-in
      Action items opened            6  -2 vs FY2027-Q1
      Action items closed            3  -1 vs FY2027-Q1
      Action items overdue           4  +3 vs FY2027-Q1  on 2026-11-23
      Reliability, our side        33%  1 of 3 due on time
      Reliability, partners        33%  1 of 3 due on time
      Contributions          $3,683.90  -$122,958.40 vs FY2027-Q1  partners $3,683.90 (100%) · ours $0 (0%)
      Wins                           1  -1 vs FY2027-Q1

    Partners
      PARTNER                                STAGE      LAST CONTACT  CHECK-INS  CADENCE           OPEN  OVERDUE  HEALTH  CHANGE  CONTRIBUTIONS
      City of Riverside Parks & Recreation   active     2026-08-14            0  current              1        0     3.5       =             $0
      Eastside Neighborhood Association      paused     2026-03-18            0  -                    0        0       -       -             $0
      Harvest Table Food Bank                active     2026-10-21            1  current              1        0     4.1       =             $0
      Northside Credit Union                 exploring  2026-11-17            2  current              1        0       -       -             $0
      Riverside Regional Hospital            active     2026-11-12            2  current              2        1     4.0    +0.1             $0
      Riverside Museum of Science & History  active     2026-06-12            0  overdue 2 months     1        1       -       -             $0
      TechForward Solutions                  active     2026-11-13            2  current              1        1     3.9       =      $3,683.90
      Riverside Valley Community College     active     2026-09-03            0  due in 10 days       2        1     3.9       =             $0

      Check-ins this quarter, partners expected to meet
      City of Riverside Parks & Recreation                             none
      Harvest Table Food Bank                ████████████              1 check-in
      Northside Credit Union                 ████████████████████████  2 check-ins
      Riverside Regional Hospital            ████████████████████████  2 check-ins
      Riverside Museum of Science & History                            none
      TechForward Solutions                  ████████████████████████  2 check-ins
      Riverside Valley Community College                               none

    Goals
      GOAL                                        PARTNERS                                     BASELINE        QUARTER END             TARGET  PROGRESS        STATUS          CHANGE
      Hold daily attendance at 94%                program                                         93.6%              94.4%                94%  -               met              -0.5%
      Cut chronic absence from 18% to 12%         program                                           18%              15.2%                12%  ████░░░░░░ 46%  at-risk          -0.6%
      Students earn 9,000 dual-credit hours       Riverside Valley Community College     0 credit hours  6310 credit hours  9000 credit hours  ███████░░░ 70%  stale                =
      Train 70 health teachers with the hospital  Riverside Regional Hospital               14 teachers        58 teachers        70 teachers  ███████░░░ 78%  on-track   +2 teachers
      Every 5th-grade class visits the museum     Riverside Museum of Science & History             60%                88%               100%  ███████░░░ 70%  overdue              =
      Reach 450 pantry families a month           Harvest Table Food Bank                  280 families       322 families       450 families  ██░░░░░░░░ 24%  off-track  +4 families
      Place 30 interns in summer 2027             TechForward Solutions                      0 students                  -        30 students  -               no-data              -

    Partnership health
      Partnership health check (accord), mean of 3 partners
      Shared vision and goals         ████████████████████      4.1 strength (+0.1)
      Communication                   ████████████████          3.4 borderline (=)
      Roles and responsibilities      ██████████████████        3.8 borderline (=)
      Balanced investment             ████████████████          3.3 borderline (=)
      Trust and respect               ███████████████████       4.0 strength (=)
      Value to students               ████████████████████████  5.0 strength (=)
      Flexibility and sustainability  ██████████████████        3.8 borderline (+0.2)

      Weakest: Balanced investment 3.3, Communication 3.4, Roles and responsibilities 3.8

      WHERE THE SIDES DIFFER       DIMENSION            OURS  PARTNER  GAP
      Riverside Regional Hospital  Balanced investment   4.0      2.0  2.0

      Partnership assessment: six principles (nuffield), mean of 1 partner
      Recognise and accept the need for partnership     ████████████████████████  5.0 strength (=)
      Develop clarity and realism of purpose            ███████████████████       4.0 strength (=)
      Ensure commitment and ownership                   ███████████████████       4.0 strength (=)
      Develop and maintain trust                        ███████████████████████   4.8 strength (=)
      Create clear and robust partnership arrangements  ██████████████████        3.8 borderline (=)
      Monitor, measure and learn                        ████████████████          3.3 borderline (=)

      Weakest: Monitor, measure and learn 3.3, Create clear and robust partnership arrangements 3.8, Develop clarity and realism of purpose 4.0

      Trust and value (trust-value), mean of 1 partner
      Openness to communication  ██████████████████        3.0 strength (=)
      Reliability                ████████████████████████  4.0 strength (=)
      Shared mission             ██████████████████        3.0 strength (=)
      Power and influence        ████████████████████████  4.0 strength (=)
      Level of involvement       ██████████████████        3.0 strength (=)
      Resource contribution      ████████████████████████  4.0 strength (=)

      Weakest: Openness to communication 3.0, Shared mission 3.0, Level of involvement 3.0

    What stakeholders say
      results of fewer than 5 respondents are not shown, so no one can be recognised
      SURVEY                                ASKED                                                      RESPONSES                                OVERALL  STRONGEST                                       WEAKEST
      Teachers on the hospital partnership  Riverside Regional Hospital · teachers, closed 2026-10-30  19 responses of 28 invited (68%)  3.9 borderline  Value to students 4.6, Trust and respect 4.2    Communication 3.2, Flexibility and sustainability 3.4
      Fall family survey                    program · families, community, closed 2026-11-13           29 responses of 420 invited (7%)  2.8 borderline  Feeling welcome 3.1, Benefit to your child 3.1  Kept informed 2.3, Having a say 2.5

      WHERE GROUPS DIFFER  QUESTION               HIGHER        LOWER          GAP
      Fall family survey   Benefit to your child  families 3.3  community 2.2  1.2
      Fall family survey   In your language       families 3.2  community 1.7  1.5
      Fall family survey   Having a say           families 2.8  community 1.5  1.3

    Contributions
      hours valued at $33.49 an hour
      By kind and side
      volunteer-hours · partners  ████████████████████████  $3,683.90

    Agreements
      PARTNER                                AGREEMENT  ENDS        STATE
      Riverside Museum of Science & History  MOU        2026-06-30  ended 4 months ago, not renewed
      Riverside Valley Community College     MOU        2026-12-31  ends in 38 days

    Attention on 2026-11-23
               PARTNER                                                    PROBLEM
      overdue  Riverside Museum of Science & History                      annual evaluation overdue: never evaluated in 6 years
      overdue  Riverside Museum of Science & History                      goal "Every 5th-grade class visits the museum" was due 2026-06-12 (5 months ago) and is not met (88%, target 100%)
      overdue  Harvest Table Food Bank                                    annual evaluation overdue: last evaluated 2025-06-19 (17 months ago)
      overdue  Riverside Museum of Science & History                      MOU ended 2026-06-30 (4 months ago) and was not renewed
      overdue  Riverside Museum of Science & History                      the partner's action item 3 months overdue: Send a draft of the rewritten MOU (Helen Brooks)
      overdue  Riverside Museum of Science & History                      check-in 2 months overdue: last contact 2026-06-12 (5 months ago), meets quarterly
      overdue  Riverside Valley Community College                         our action item 39 days overdue: Send fall dual-credit enrollment numbers by school (Marcus Bell)
      overdue  Riverside Regional Hospital                                the partner's action item 17 days overdue: Send the updated job-shadowing consent form (Dr. Maya Chen)
      overdue  TechForward Solutions                                      our action item 7 days overdue: Process the mentors' clearance forms and send the club schedule (Dana Whitfield)
      soon     TechForward Solutions, Riverside Valley Community College  survey "Students in internships and college classes" closes 2026-11-27 (in 4 days): 10 of 64 invited have answered (16%)
      soon     Riverside Valley Community College                         check-in due in 10 days: last contact 2026-09-03 (2 months ago), meets quarterly
      soon     Riverside Valley Community College                         MOU ends 2026-12-31 (in 38 days)
      watch    Riverside Valley Community College                         in the concern band on accord: Communication 2.3
      watch    Riverside Valley Community College                         scores fell since the previous evaluation: Communication 3.5 → 2.5 (ours), Communication 3.0 → 2.0 (partner)
      watch    Riverside Valley Community College                         goal "Students earn 9,000 dual-credit hours" was last measured 2026-08-14 (3 months ago)
      watch    Riverside Regional Hospital                                the two sides differ by 1 or more on Balanced investment (ours 4.0, partner 2.0)
      watch    program                                                    goal "Cut chronic absence from 18% to 12%" is at risk: 46% of the way with 67% of the time gone
      watch    Harvest Table Food Bank                                    goal "Reach 450 pantry families a month" is off track: 24% of the way with 67% of the time gone
      watch    program                                                    in the concern band in survey "Fall family survey": Kept informed 2.3 (families, community)
      watch    Riverside Museum of Science & History                      no role named on our side
      watch    Riverside Regional Hospital                                our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour

    Wins
      DATE        PARTNER                               WIN
      2026-10-15  City of Riverside Parks & Recreation  After-school attendance at the three park programs rose 18% over last fall
    "#);
    insta::assert_snapshot!(q(&["--format", "markdown"]), @r#"
    # Riverside Unified Partnerships: quarterly report

    _FY2027-Q2 (Oct-Dec 2026) · as of 2026-11-23_

    ## Headline

    _hours valued at $33.49 an hour_

    | Measure | Value | Change |
    |---|---:|---|
    | Active partners | **6** | same as FY2027-Q1 |
    | Check-ins held | **7** | -1 vs FY2027-Q1 |
    | Check-in coverage | **57%** | -26 pts vs FY2027-Q1; 4 of the 7 partners expected to meet held a check-in |
    | Action items opened | **6** | -2 vs FY2027-Q1 |
    | Action items closed | **3** | -1 vs FY2027-Q1 |
    | Action items overdue | **4** | +3 vs FY2027-Q1; on 2026-11-23 |
    | Reliability, our side | **33%** | 1 of 3 due on time |
    | Reliability, partners | **33%** | 1 of 3 due on time |
    | Contributions | **$3,683.90** | -$122,958.40 vs FY2027-Q1; partners $3,683.90 (100%) · ours $0 (0%) |
    | Wins | **1** | -1 vs FY2027-Q1 |

    ## Partners

    | Partner | Stage | Last contact | Check-ins | Cadence | Open | Overdue | Health | Change | Contributions |
    |---|---|---|---:|---|---:|---:|---:|---:|---:|
    | City of Riverside Parks & Recreation | active | 2026-08-14 | 0 | current | 1 | 0 | 3.5 | = | $0 |
    | Eastside Neighborhood Association | paused | 2026-03-18 | 0 | - | 0 | 0 | - | - | $0 |
    | Harvest Table Food Bank | active | 2026-10-21 | 1 | current | 1 | 0 | 4.1 | = | $0 |
    | Northside Credit Union | exploring | 2026-11-17 | 2 | current | 1 | 0 | - | - | $0 |
    | Riverside Regional Hospital | active | 2026-11-12 | 2 | current | 2 | 1 | 4.0 | +0.1 | $0 |
    | Riverside Museum of Science & History | active | 2026-06-12 | 0 | overdue 2 months | 1 | 1 | - | - | $0 |
    | TechForward Solutions | active | 2026-11-13 | 2 | current | 1 | 1 | 3.9 | = | $3,683.90 |
    | Riverside Valley Community College | active | 2026-09-03 | 0 | due in 10 days | 2 | 1 | 3.9 | = | $0 |

    | Check-ins this quarter, partners expected to meet |  |  |
    |---|---|---:|
    | City of Riverside Parks & Recreation | `░░░░░░░░░░░░░░░░░░░░` | none |
    | Harvest Table Food Bank | `██████████░░░░░░░░░░` | 1 check-in |
    | Northside Credit Union | `████████████████████` | 2 check-ins |
    | Riverside Regional Hospital | `████████████████████` | 2 check-ins |
    | Riverside Museum of Science & History | `░░░░░░░░░░░░░░░░░░░░` | none |
    | TechForward Solutions | `████████████████████` | 2 check-ins |
    | Riverside Valley Community College | `░░░░░░░░░░░░░░░░░░░░` | none |

    ## Goals

    | Goal | Partners | Baseline | Quarter end | Target | Progress | Status | Change |
    |---|---|---:|---:|---:|---|---|---:|
    | Hold daily attendance at 94% | program | 93.6% | 94.4% | 94% | - | met | -0.5% |
    | Cut chronic absence from 18% to 12% | program | 18% | 15.2% | 12% | `████░░░░░░ 46%` | at-risk | -0.6% |
    | Students earn 9,000 dual-credit hours | Riverside Valley Community College | 0 credit hours | 6310 credit hours | 9000 credit hours | `███████░░░ 70%` | stale | = |
    | Train 70 health teachers with the hospital | Riverside Regional Hospital | 14 teachers | 58 teachers | 70 teachers | `███████░░░ 78%` | on-track | +2 teachers |
    | Every 5th-grade class visits the museum | Riverside Museum of Science & History | 60% | 88% | 100% | `███████░░░ 70%` | overdue | = |
    | Reach 450 pantry families a month | Harvest Table Food Bank | 280 families | 322 families | 450 families | `██░░░░░░░░ 24%` | off-track | +4 families |
    | Place 30 interns in summer 2027 | TechForward Solutions | 0 students | - | 30 students | - | no-data | - |

    ## Partnership health

    | Partnership health check (accord), mean of 3 partners |  |  |
    |---|---|---:|
    | Shared vision and goals | `████████████████░░░░` | 4.1 strength (+0.1) |
    | Communication | `██████████████░░░░░░` | 3.4 borderline (=) |
    | Roles and responsibilities | `███████████████░░░░░` | 3.8 borderline (=) |
    | Balanced investment | `█████████████░░░░░░░` | 3.3 borderline (=) |
    | Trust and respect | `████████████████░░░░` | 4.0 strength (=) |
    | Value to students | `████████████████████` | 5.0 strength (=) |
    | Flexibility and sustainability | `███████████████░░░░░` | 3.8 borderline (+0.2) |

    Weakest: Balanced investment 3.3, Communication 3.4, Roles and responsibilities 3.8

    | Where the sides differ | Dimension | Ours | Partner | Gap |
    |---|---|---:|---:|---:|
    | Riverside Regional Hospital | Balanced investment | 4.0 | 2.0 | 2.0 |

    | Partnership assessment: six principles (nuffield), mean of 1 partner |  |  |
    |---|---|---:|
    | Recognise and accept the need for partnership | `████████████████████` | 5.0 strength (=) |
    | Develop clarity and realism of purpose | `████████████████░░░░` | 4.0 strength (=) |
    | Ensure commitment and ownership | `████████████████░░░░` | 4.0 strength (=) |
    | Develop and maintain trust | `███████████████████░` | 4.8 strength (=) |
    | Create clear and robust partnership arrangements | `███████████████░░░░░` | 3.8 borderline (=) |
    | Monitor, measure and learn | `█████████████░░░░░░░` | 3.3 borderline (=) |

    Weakest: Monitor, measure and learn 3.3, Create clear and robust partnership arrangements 3.8, Develop clarity and realism of purpose 4.0

    | Trust and value (trust-value), mean of 1 partner |  |  |
    |---|---|---:|
    | Openness to communication | `███████████████░░░░░` | 3.0 strength (=) |
    | Reliability | `████████████████████` | 4.0 strength (=) |
    | Shared mission | `███████████████░░░░░` | 3.0 strength (=) |
    | Power and influence | `████████████████████` | 4.0 strength (=) |
    | Level of involvement | `███████████████░░░░░` | 3.0 strength (=) |
    | Resource contribution | `████████████████████` | 4.0 strength (=) |

    Weakest: Openness to communication 3.0, Shared mission 3.0, Level of involvement 3.0

    ## What stakeholders say

    _results of fewer than 5 respondents are not shown, so no one can be recognised_

    | Survey | Asked | Responses | Overall | Strongest | Weakest |
    |---|---|---|---:|---|---|
    | Teachers on the hospital partnership | Riverside Regional Hospital · teachers, closed 2026-10-30 | 19 responses of 28 invited (68%) | 3.9 borderline | Value to students 4.6, Trust and respect 4.2 | Communication 3.2, Flexibility and sustainability 3.4 |
    | Fall family survey | program · families, community, closed 2026-11-13 | 29 responses of 420 invited (7%) | 2.8 borderline | Feeling welcome 3.1, Benefit to your child 3.1 | Kept informed 2.3, Having a say 2.5 |

    | Where groups differ | Question | Higher | Lower | Gap |
    |---|---|---|---|---:|
    | Fall family survey | Benefit to your child | families 3.3 | community 2.2 | 1.2 |
    | Fall family survey | In your language | families 3.2 | community 1.7 | 1.5 |
    | Fall family survey | Having a say | families 2.8 | community 1.5 | 1.3 |

    ## Contributions

    _hours valued at $33.49 an hour_

    | By kind and side |  |  |
    |---|---|---:|
    | volunteer-hours · partners | `████████████████████` | $3,683.90 |

    ## Agreements

    | Partner | Agreement | Ends | State |
    |---|---|---|---|
    | Riverside Museum of Science & History | MOU | 2026-06-30 | ended 4 months ago, not renewed |
    | Riverside Valley Community College | MOU | 2026-12-31 | ends in 38 days |

    ## Attention on 2026-11-23

    |  | Partner | Problem |
    |---|---|---|
    | overdue | Riverside Museum of Science & History | annual evaluation overdue: never evaluated in 6 years |
    | overdue | Riverside Museum of Science & History | goal "Every 5th-grade class visits the museum" was due 2026-06-12 (5 months ago) and is not met (88%, target 100%) |
    | overdue | Harvest Table Food Bank | annual evaluation overdue: last evaluated 2025-06-19 (17 months ago) |
    | overdue | Riverside Museum of Science & History | MOU ended 2026-06-30 (4 months ago) and was not renewed |
    | overdue | Riverside Museum of Science & History | the partner's action item 3 months overdue: Send a draft of the rewritten MOU (Helen Brooks) |
    | overdue | Riverside Museum of Science & History | check-in 2 months overdue: last contact 2026-06-12 (5 months ago), meets quarterly |
    | overdue | Riverside Valley Community College | our action item 39 days overdue: Send fall dual-credit enrollment numbers by school (Marcus Bell) |
    | overdue | Riverside Regional Hospital | the partner's action item 17 days overdue: Send the updated job-shadowing consent form (Dr. Maya Chen) |
    | overdue | TechForward Solutions | our action item 7 days overdue: Process the mentors' clearance forms and send the club schedule (Dana Whitfield) |
    | soon | TechForward Solutions, Riverside Valley Community College | survey "Students in internships and college classes" closes 2026-11-27 (in 4 days): 10 of 64 invited have answered (16%) |
    | soon | Riverside Valley Community College | check-in due in 10 days: last contact 2026-09-03 (2 months ago), meets quarterly |
    | soon | Riverside Valley Community College | MOU ends 2026-12-31 (in 38 days) |
    | watch | Riverside Valley Community College | in the concern band on accord: Communication 2.3 |
    | watch | Riverside Valley Community College | scores fell since the previous evaluation: Communication 3.5 → 2.5 (ours), Communication 3.0 → 2.0 (partner) |
    | watch | Riverside Valley Community College | goal "Students earn 9,000 dual-credit hours" was last measured 2026-08-14 (3 months ago) |
    | watch | Riverside Regional Hospital | the two sides differ by 1 or more on Balanced investment (ours 4.0, partner 2.0) |
    | watch | program | goal "Cut chronic absence from 18% to 12%" is at risk: 46% of the way with 67% of the time gone |
    | watch | Harvest Table Food Bank | goal "Reach 450 pantry families a month" is off track: 24% of the way with 67% of the time gone |
    | watch | program | in the concern band in survey "Fall family survey": Kept informed 2.3 (families, community) |
    | watch | Riverside Museum of Science & History | no role named on our side |
    | watch | Riverside Regional Hospital | our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour |

    ## Wins

    | Date | Partner | Win |
    |---|---|---|
    | 2026-10-15 | City of Riverside Parks & Recreation | After-school attendance at the three park programs rose 18% over last fall |
    "#);
    insta::assert_snapshot!(q(&["--format", "json"]), @r#"
    {
      "quarter": "FY2027-Q2",
      "start": "2026-10-01",
      "end": "2026-12-31",
      "as_of": "2026-11-23",
      "previous_quarter": "FY2027-Q1",
      "program": "Riverside Unified Partnerships",
      "currency": "$",
      "hour_value": 33.49,
      "filter": [],
      "headline": {
        "active_partners": 6,
        "new_partners": 0,
        "ended_partners": 0,
        "checkins": 7,
        "expected_to_meet": 7,
        "met": 4,
        "coverage": 0.5714285714285714,
        "actions_opened": 6,
        "actions_closed": 3,
        "actions_overdue": 4,
        "reliability_ours": {
          "came_due": 3,
          "on_time": 1,
          "share": 0.3333333333333333
        },
        "reliability_partner": {
          "came_due": 3,
          "on_time": 1,
          "share": 0.3333333333333333
        },
        "contributions_total": 3683.9,
        "contributions_ours": 0.0,
        "contributions_partner": 3683.9,
        "unvalued_hours": 0.0,
        "wins": 1
      },
      "previous": {
        "active_partners": 6,
        "new_partners": 0,
        "ended_partners": 0,
        "checkins": 8,
        "expected_to_meet": 6,
        "met": 5,
        "coverage": 0.8333333333333334,
        "actions_opened": 8,
        "actions_closed": 4,
        "actions_overdue": 1,
        "reliability_ours": {
          "came_due": 2,
          "on_time": 1,
          "share": 0.5
        },
        "reliability_partner": {
          "came_due": 3,
          "on_time": 1,
          "share": 0.3333333333333333
        },
        "contributions_total": 126642.3,
        "contributions_ours": 37123.5,
        "contributions_partner": 89518.8,
        "unvalued_hours": 0.0,
        "wins": 2
      },
      "partners": [
        {
          "id": "city-parks",
          "name": "City of Riverside Parks & Recreation",
          "kind": "government",
          "stage": "active",
          "last_contact": "2026-08-14",
          "checkins": 0,
          "expected_to_meet": true,
          "cadence_state": "current",
          "next_due": "2027-02-14",
          "open_actions": 1,
          "overdue_actions": 0,
          "health": 3.5,
          "health_instrument": "trust-value",
          "health_band": "strength",
          "health_change": 0.0,
          "contributions": 0.0
        },
        {
          "id": "eastside-neighbors",
          "name": "Eastside Neighborhood Association",
          "kind": "community",
          "stage": "paused",
          "last_contact": "2026-03-18",
          "checkins": 0,
          "expected_to_meet": false,
          "cadence_state": null,
          "next_due": null,
          "open_actions": 0,
          "overdue_actions": 0,
          "health": null,
          "health_instrument": null,
          "health_band": null,
          "health_change": null,
          "contributions": 0.0
        },
        {
          "id": "harvest-food-bank",
          "name": "Harvest Table Food Bank",
          "kind": "nonprofit",
          "stage": "active",
          "last_contact": "2026-10-21",
          "checkins": 1,
          "expected_to_meet": true,
          "cadence_state": "current",
          "next_due": "2027-01-21",
          "open_actions": 1,
          "overdue_actions": 0,
          "health": 4.1,
          "health_instrument": "nuffield",
          "health_band": "strength",
          "health_change": 0.0,
          "contributions": 0.0
        },
        {
          "id": "northside-credit-union",
          "name": "Northside Credit Union",
          "kind": "corporate",
          "stage": "exploring",
          "last_contact": "2026-11-17",
          "checkins": 2,
          "expected_to_meet": true,
          "cadence_state": "current",
          "next_due": "2026-12-09",
          "open_actions": 1,
          "overdue_actions": 0,
          "health": null,
          "health_instrument": null,
          "health_band": null,
          "health_change": null,
          "contributions": 0.0
        },
        {
          "id": "riverside-hospital",
          "name": "Riverside Regional Hospital",
          "kind": "health",
          "stage": "active",
          "last_contact": "2026-11-12",
          "checkins": 2,
          "expected_to_meet": true,
          "cadence_state": "current",
          "next_due": "2026-12-10",
          "open_actions": 2,
          "overdue_actions": 1,
          "health": 4.0,
          "health_instrument": "accord",
          "health_band": "strength",
          "health_change": 0.1,
          "contributions": 0.0
        },
        {
          "id": "science-museum",
          "name": "Riverside Museum of Science & History",
          "kind": "cultural",
          "stage": "active",
          "last_contact": "2026-06-12",
          "checkins": 0,
          "expected_to_meet": true,
          "cadence_state": "overdue",
          "next_due": "2026-09-12",
          "open_actions": 1,
          "overdue_actions": 1,
          "health": null,
          "health_instrument": null,
          "health_band": null,
          "health_change": null,
          "contributions": 0.0
        },
        {
          "id": "techforward",
          "name": "TechForward Solutions",
          "kind": "corporate",
          "stage": "active",
          "last_contact": "2026-11-13",
          "checkins": 2,
          "expected_to_meet": true,
          "cadence_state": "current",
          "next_due": "2026-12-13",
          "open_actions": 1,
          "overdue_actions": 1,
          "health": 3.9,
          "health_instrument": "accord",
          "health_band": "borderline",
          "health_change": 0.0,
          "contributions": 3683.9
        },
        {
          "id": "valley-college",
          "name": "Riverside Valley Community College",
          "kind": "academic",
          "stage": "active",
          "last_contact": "2026-09-03",
          "checkins": 0,
          "expected_to_meet": true,
          "cadence_state": "soon",
          "next_due": "2026-12-03",
          "open_actions": 2,
          "overdue_actions": 1,
          "health": 3.9,
          "health_instrument": "accord",
          "health_band": "borderline",
          "health_change": 0.0,
          "contributions": 0.0
        }
      ],
      "goals": [
        {
          "id": "attendance-rate",
          "title": "Hold daily attendance at 94%",
          "partners": [],
          "partner_names": [],
          "unit": "%",
          "baseline": 93.6,
          "value": 94.4,
          "value_date": "2026-10-30",
          "target": 94.0,
          "due": "2027-06-30",
          "progress": null,
          "status": "met",
          "change": -0.5
        },
        {
          "id": "chronic-absence",
          "title": "Cut chronic absence from 18% to 12%",
          "partners": [],
          "partner_names": [],
          "unit": "%",
          "baseline": 18.0,
          "value": 15.2,
          "value_date": "2026-10-30",
          "target": 12.0,
          "due": "2027-06-30",
          "progress": 46.66666666666668,
          "status": "at-risk",
          "change": -0.6
        },
        {
          "id": "dual-credit-hours",
          "title": "Students earn 9,000 dual-credit hours",
          "partners": [
            "valley-college"
          ],
          "partner_names": [
            "Riverside Valley Community College"
          ],
          "unit": "credit hours",
          "baseline": 0.0,
          "value": 6310.0,
          "value_date": "2026-08-14",
          "target": 9000.0,
          "due": "2027-06-30",
          "progress": 70.11111111111111,
          "status": "stale",
          "change": 0.0
        },
        {
          "id": "health-teachers-trained",
          "title": "Train 70 health teachers with the hospital",
          "partners": [
            "riverside-hospital"
          ],
          "partner_names": [
            "Riverside Regional Hospital"
          ],
          "unit": "teachers",
          "baseline": 14.0,
          "value": 58.0,
          "value_date": "2026-10-09",
          "target": 70.0,
          "due": "2027-08-15",
          "progress": 78.57142857142857,
          "status": "on-track",
          "change": 2.0
        },
        {
          "id": "museum-field-trips",
          "title": "Every 5th-grade class visits the museum",
          "partners": [
            "science-museum"
          ],
          "partner_names": [
            "Riverside Museum of Science & History"
          ],
          "unit": "%",
          "baseline": 60.0,
          "value": 88.0,
          "value_date": "2026-06-05",
          "target": 100.0,
          "due": "2026-06-12",
          "progress": 70.0,
          "status": "overdue",
          "change": 0.0
        },
        {
          "id": "pantry-families",
          "title": "Reach 450 pantry families a month",
          "partners": [
            "harvest-food-bank"
          ],
          "partner_names": [
            "Harvest Table Food Bank"
          ],
          "unit": "families",
          "baseline": 280.0,
          "value": 322.0,
          "value_date": "2026-10-30",
          "target": 450.0,
          "due": "2027-06-30",
          "progress": 24.705882352941178,
          "status": "off-track",
          "change": 4.0
        },
        {
          "id": "summer-2027-internships",
          "title": "Place 30 interns in summer 2027",
          "partners": [
            "techforward"
          ],
          "partner_names": [
            "TechForward Solutions"
          ],
          "unit": "students",
          "baseline": 0.0,
          "value": null,
          "value_date": null,
          "target": 30.0,
          "due": "2027-07-31",
          "progress": null,
          "status": "no-data",
          "change": null
        }
      ],
      "health": [
        {
          "instrument": "accord",
          "title": "Partnership health check",
          "scale_max": 5.0,
          "partners": 3,
          "dimensions": [
            {
              "key": "vision",
              "title": "Shared vision and goals",
              "mean": 4.1,
              "band": "strength",
              "previous": 4.0,
              "partners": 3
            },
            {
              "key": "communication",
              "title": "Communication",
              "mean": 3.4,
              "band": "borderline",
              "previous": 3.4,
              "partners": 3
            },
            {
              "key": "roles",
              "title": "Roles and responsibilities",
              "mean": 3.8,
              "band": "borderline",
              "previous": 3.8,
              "partners": 3
            },
            {
              "key": "investment",
              "title": "Balanced investment",
              "mean": 3.3,
              "band": "borderline",
              "previous": 3.3,
              "partners": 3
            },
            {
              "key": "trust",
              "title": "Trust and respect",
              "mean": 4.0,
              "band": "strength",
              "previous": 4.0,
              "partners": 3
            },
            {
              "key": "value",
              "title": "Value to students",
              "mean": 5.0,
              "band": "strength",
              "previous": 5.0,
              "partners": 3
            },
            {
              "key": "flexibility",
              "title": "Flexibility and sustainability",
              "mean": 3.8,
              "band": "borderline",
              "previous": 3.6,
              "partners": 3
            }
          ],
          "weakest": [
            "investment",
            "communication",
            "roles"
          ],
          "divergences": [
            {
              "partner": "riverside-hospital",
              "partner_name": "Riverside Regional Hospital",
              "dimension": "investment",
              "title": "Balanced investment",
              "ours": 4.0,
              "theirs": 2.0
            }
          ],
          "divergences_more": 0
        },
        {
          "instrument": "nuffield",
          "title": "Partnership assessment: six principles",
          "scale_max": 5.0,
          "partners": 1,
          "dimensions": [
            {
              "key": "need",
              "title": "Recognise and accept the need for partnership",
              "mean": 5.0,
              "band": "strength",
              "previous": 5.0,
              "partners": 1
            },
            {
              "key": "purpose",
              "title": "Develop clarity and realism of purpose",
              "mean": 4.0,
              "band": "strength",
              "previous": 4.0,
              "partners": 1
            },
            {
              "key": "commitment",
              "title": "Ensure commitment and ownership",
              "mean": 4.0,
              "band": "strength",
              "previous": 4.0,
              "partners": 1
            },
            {
              "key": "trust",
              "title": "Develop and maintain trust",
              "mean": 4.8,
              "band": "strength",
              "previous": 4.8,
              "partners": 1
            },
            {
              "key": "arrangements",
              "title": "Create clear and robust partnership arrangements",
              "mean": 3.8,
              "band": "borderline",
              "previous": 3.8,
              "partners": 1
            },
            {
              "key": "learning",
              "title": "Monitor, measure and learn",
              "mean": 3.3,
              "band": "borderline",
              "previous": 3.3,
              "partners": 1
            }
          ],
          "weakest": [
            "learning",
            "arrangements",
            "purpose"
          ],
          "divergences": [],
          "divergences_more": 0
        },
        {
          "instrument": "trust-value",
          "title": "Trust and value",
          "scale_max": 4.0,
          "partners": 1,
          "dimensions": [
            {
              "key": "openness",
              "title": "Openness to communication",
              "mean": 3.0,
              "band": "strength",
              "previous": 3.0,
              "partners": 1
            },
            {
              "key": "reliability",
              "title": "Reliability",
              "mean": 4.0,
              "band": "strength",
              "previous": 4.0,
              "partners": 1
            },
            {
              "key": "mission",
              "title": "Shared mission",
              "mean": 3.0,
              "band": "strength",
              "previous": 3.0,
              "partners": 1
            },
            {
              "key": "influence",
              "title": "Power and influence",
              "mean": 4.0,
              "band": "strength",
              "previous": 4.0,
              "partners": 1
            },
            {
              "key": "involvement",
              "title": "Level of involvement",
              "mean": 3.0,
              "band": "strength",
              "previous": 3.0,
              "partners": 1
            },
            {
              "key": "resources",
              "title": "Resource contribution",
              "mean": 4.0,
              "band": "strength",
              "previous": 4.0,
              "partners": 1
            }
          ],
          "weakest": [
            "openness",
            "mission",
            "involvement"
          ],
          "divergences": [],
          "divergences_more": 0
        }
      ],
      "contributions": [
        {
          "partner": "techforward",
          "partner_name": "TechForward Solutions",
          "kind": "volunteer-hours",
          "side": "partner",
          "amount": 110.0,
          "value": 3683.9
        }
      ],
      "agreements": [
        {
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "kind": "MOU",
          "ends": "2026-06-30",
          "state": "ended"
        },
        {
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "kind": "MOU",
          "ends": "2026-12-31",
          "state": "ending"
        }
      ],
      "attention": [
        {
          "urgency": "overdue",
          "kind": "evaluation-due",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": null,
          "side": null,
          "problem": "annual evaluation overdue: never evaluated in 6 years",
          "date": "2021-10-01",
          "days": 1879,
          "fix": "accord eval record science-museum"
        },
        {
          "urgency": "overdue",
          "kind": "goal-overdue",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": "museum-field-trips",
          "side": null,
          "problem": "goal \"Every 5th-grade class visits the museum\" was due 2026-06-12 (5 months ago) and is not met (88%, target 100%)",
          "date": "2026-06-12",
          "days": 164,
          "fix": "accord goal close museum-field-trips --met|--missed"
        },
        {
          "urgency": "overdue",
          "kind": "evaluation-due",
          "partner": "harvest-food-bank",
          "partner_name": "Harvest Table Food Bank",
          "subject": null,
          "side": null,
          "problem": "annual evaluation overdue: last evaluated 2025-06-19 (17 months ago)",
          "date": "2026-06-19",
          "days": 157,
          "fix": "accord eval record harvest-food-bank"
        },
        {
          "urgency": "overdue",
          "kind": "agreement-expired",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": null,
          "side": null,
          "problem": "MOU ended 2026-06-30 (4 months ago) and was not renewed",
          "date": "2026-06-30",
          "days": 146,
          "fix": "accord partner set science-museum --agreement-signed DATE --agreement-ends DATE"
        },
        {
          "urgency": "overdue",
          "kind": "action-overdue",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": "h7y7nb1d",
          "side": "partner",
          "problem": "the partner's action item 3 months overdue: Send a draft of the rewritten MOU (Helen Brooks)",
          "date": "2026-08-01",
          "days": 114,
          "fix": "accord action done h7y7nb1d"
        },
        {
          "urgency": "overdue",
          "kind": "checkin-overdue",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": null,
          "side": null,
          "problem": "check-in 2 months overdue: last contact 2026-06-12 (5 months ago), meets quarterly",
          "date": "2026-09-12",
          "days": 72,
          "fix": "accord checkin log science-museum"
        },
        {
          "urgency": "overdue",
          "kind": "action-overdue",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": "8pbdfbbe",
          "side": "ours",
          "problem": "our action item 39 days overdue: Send fall dual-credit enrollment numbers by school (Marcus Bell)",
          "date": "2026-10-15",
          "days": 39,
          "fix": "accord action done 8pbdfbbe"
        },
        {
          "urgency": "overdue",
          "kind": "action-overdue",
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "subject": "vdj1jt8b",
          "side": "partner",
          "problem": "the partner's action item 17 days overdue: Send the updated job-shadowing consent form (Dr. Maya Chen)",
          "date": "2026-11-06",
          "days": 17,
          "fix": "accord action done vdj1jt8b"
        },
        {
          "urgency": "overdue",
          "kind": "action-overdue",
          "partner": "techforward",
          "partner_name": "TechForward Solutions",
          "subject": "2d2xv1rf",
          "side": "ours",
          "problem": "our action item 7 days overdue: Process the mentors' clearance forms and send the club schedule (Dana Whitfield)",
          "date": "2026-11-16",
          "days": 7,
          "fix": "accord action done 2d2xv1rf"
        },
        {
          "urgency": "soon",
          "kind": "survey-closing",
          "partner": "techforward",
          "partner_name": "TechForward Solutions, Riverside Valley Community College",
          "subject": "student-voice-fall",
          "side": null,
          "problem": "survey \"Students in internships and college classes\" closes 2026-11-27 (in 4 days): 10 of 64 invited have answered (16%)",
          "date": "2026-11-27",
          "days": -4,
          "fix": "send a reminder, then accord survey import student-voice-fall FILE.csv"
        },
        {
          "urgency": "soon",
          "kind": "checkin-due",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": null,
          "side": null,
          "problem": "check-in due in 10 days: last contact 2026-09-03 (2 months ago), meets quarterly",
          "date": "2026-12-03",
          "days": -10,
          "fix": "accord checkin log valley-college"
        },
        {
          "urgency": "soon",
          "kind": "agreement-ending",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": null,
          "side": null,
          "problem": "MOU ends 2026-12-31 (in 38 days)",
          "date": "2026-12-31",
          "days": -38,
          "fix": "accord partner set valley-college --agreement-signed DATE --agreement-ends DATE"
        },
        {
          "urgency": "watch",
          "kind": "evaluation-concern",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": "rqpzbyp1",
          "side": null,
          "problem": "in the concern band on accord: Communication 2.3",
          "date": "2026-05-20",
          "days": 187,
          "fix": "accord eval show valley-college"
        },
        {
          "urgency": "watch",
          "kind": "evaluation-falling",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": "rqpzbyp1",
          "side": null,
          "problem": "scores fell since the previous evaluation: Communication 3.5 → 2.5 (ours), Communication 3.0 → 2.0 (partner)",
          "date": "2026-05-20",
          "days": 187,
          "fix": "accord eval show valley-college"
        },
        {
          "urgency": "watch",
          "kind": "goal-stale",
          "partner": "valley-college",
          "partner_name": "Riverside Valley Community College",
          "subject": "dual-credit-hours",
          "side": null,
          "problem": "goal \"Students earn 9,000 dual-credit hours\" was last measured 2026-08-14 (3 months ago)",
          "date": "2026-08-14",
          "days": 101,
          "fix": "accord goal track dual-credit-hours VALUE"
        },
        {
          "urgency": "watch",
          "kind": "evaluation-divergence",
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "subject": "tec21mre",
          "side": null,
          "problem": "the two sides differ by 1 or more on Balanced investment (ours 4.0, partner 2.0)",
          "date": "2026-10-20",
          "days": 34,
          "fix": "accord eval show riverside-hospital"
        },
        {
          "urgency": "watch",
          "kind": "goal-at-risk",
          "partner": null,
          "partner_name": null,
          "subject": "chronic-absence",
          "side": null,
          "problem": "goal \"Cut chronic absence from 18% to 12%\" is at risk: 46% of the way with 67% of the time gone",
          "date": "2027-06-30",
          "days": -219,
          "fix": "accord goal show chronic-absence"
        },
        {
          "urgency": "watch",
          "kind": "goal-off-track",
          "partner": "harvest-food-bank",
          "partner_name": "Harvest Table Food Bank",
          "subject": "pantry-families",
          "side": null,
          "problem": "goal \"Reach 450 pantry families a month\" is off track: 24% of the way with 67% of the time gone",
          "date": "2027-06-30",
          "days": -219,
          "fix": "accord goal show pantry-families"
        },
        {
          "urgency": "watch",
          "kind": "survey-concern",
          "partner": null,
          "partner_name": null,
          "subject": "family-survey-2026",
          "side": null,
          "problem": "in the concern band in survey \"Fall family survey\": Kept informed 2.3 (families, community)",
          "date": null,
          "days": null,
          "fix": "accord survey show family-survey-2026"
        },
        {
          "urgency": "watch",
          "kind": "no-role",
          "partner": "science-museum",
          "partner_name": "Riverside Museum of Science & History",
          "subject": null,
          "side": "ours",
          "problem": "no role named on our side",
          "date": null,
          "days": null,
          "fix": "accord role assign science-museum --side ours --title Liaison --person NAME"
        },
        {
          "urgency": "watch",
          "kind": "investment-lopsided",
          "partner": "riverside-hospital",
          "partner_name": "Riverside Regional Hospital",
          "subject": null,
          "side": "ours",
          "problem": "our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour",
          "date": null,
          "days": null,
          "fix": "accord contrib log riverside-hospital --side ours --kind KIND --amount N (if one side giving most is expected: accord partner set riverside-hospital --balance off, or a lower floor such as 5%)"
        }
      ],
      "attention_more": [],
      "wins": [
        {
          "date": "2026-10-15",
          "partner": "city-parks",
          "partner_name": "City of Riverside Parks & Recreation",
          "text": "After-school attendance at the three park programs rose 18% over last fall",
          "tags": [
            "students"
          ]
        }
      ],
      "stakeholders": [
        {
          "survey": "hospital-teachers",
          "title": "Teachers on the hospital partnership",
          "instrument": "accord",
          "groups": [
            "teachers"
          ],
          "partners": [
            "riverside-hospital"
          ],
          "partner_names": [
            "Riverside Regional Hospital"
          ],
          "opens": "2026-10-01",
          "closes": "2026-10-30",
          "state": "closed",
          "responses": 19,
          "invited": 28,
          "rate": 0.6785714285714286,
          "partner": null,
          "partner_responses": null,
          "hidden": null,
          "overall": 3.89,
          "band": "borderline",
          "strongest": [
            {
              "key": "value",
              "title": "Value to students",
              "mean": 4.63,
              "band": "strength"
            },
            {
              "key": "trust",
              "title": "Trust and respect",
              "mean": 4.16,
              "band": "strength"
            }
          ],
          "weakest": [
            {
              "key": "communication",
              "title": "Communication",
              "mean": 3.16,
              "band": "borderline"
            },
            {
              "key": "flexibility",
              "title": "Flexibility and sustainability",
              "mean": 3.39,
              "band": "borderline"
            }
          ],
          "differences": []
        },
        {
          "survey": "family-survey-2026",
          "title": "Fall family survey",
          "instrument": "family-voice",
          "groups": [
            "families",
            "community"
          ],
          "partners": [],
          "partner_names": [],
          "opens": "2026-10-19",
          "closes": "2026-11-13",
          "state": "closed",
          "responses": 29,
          "invited": 420,
          "rate": 0.06904761904761905,
          "partner": null,
          "partner_responses": null,
          "hidden": null,
          "overall": 2.78,
          "band": "borderline",
          "strongest": [
            {
              "key": "welcome",
              "title": "Feeling welcome",
              "mean": 3.1,
              "band": "strength"
            },
            {
              "key": "benefit",
              "title": "Benefit to your child",
              "mean": 3.07,
              "band": "strength"
            }
          ],
          "weakest": [
            {
              "key": "informed",
              "title": "Kept informed",
              "mean": 2.34,
              "band": "concern"
            },
            {
              "key": "voice",
              "title": "Having a say",
              "mean": 2.52,
              "band": "borderline"
            }
          ],
          "differences": [
            {
              "key": "benefit",
              "title": "Benefit to your child",
              "high_group": "families",
              "high": 3.32,
              "low_group": "community",
              "low": 2.17,
              "gap": 1.15
            },
            {
              "key": "language",
              "title": "In your language",
              "high_group": "families",
              "high": 3.17,
              "low_group": "community",
              "low": 1.67,
              "gap": 1.5
            },
            {
              "key": "voice",
              "title": "Having a say",
              "high_group": "families",
              "high": 2.78,
              "low_group": "community",
              "low": 1.5,
              "gap": 1.28
            }
          ]
        }
      ],
      "survey_min_responses": 5,
      "trend": [
        {
          "quarter": "FY2025-Q3",
          "start": "2025-01-01",
          "end": "2025-03-31",
          "in_period": false,
          "headline": {
            "active_partners": 7,
            "new_partners": 0,
            "ended_partners": 0,
            "checkins": 0,
            "expected_to_meet": 7,
            "met": 0,
            "coverage": 0.0,
            "actions_opened": 0,
            "actions_closed": 0,
            "actions_overdue": 0,
            "reliability_ours": {
              "came_due": 0,
              "on_time": 0,
              "share": null
            },
            "reliability_partner": {
              "came_due": 0,
              "on_time": 0,
              "share": null
            },
            "contributions_total": 0.0,
            "contributions_ours": 0.0,
            "contributions_partner": 0.0,
            "unvalued_hours": 0.0,
            "wins": 0
          }
        },
        {
          "quarter": "FY2025-Q4",
          "start": "2025-04-01",
          "end": "2025-06-30",
          "in_period": false,
          "headline": {
            "active_partners": 6,
            "new_partners": 0,
            "ended_partners": 1,
            "checkins": 0,
            "expected_to_meet": 6,
            "met": 0,
            "coverage": 0.0,
            "actions_opened": 0,
            "actions_closed": 0,
            "actions_overdue": 0,
            "reliability_ours": {
              "came_due": 0,
              "on_time": 0,
              "share": null
            },
            "reliability_partner": {
              "came_due": 0,
              "on_time": 0,
              "share": null
            },
            "contributions_total": 0.0,
            "contributions_ours": 0.0,
            "contributions_partner": 0.0,
            "unvalued_hours": 0.0,
            "wins": 0
          }
        },
        {
          "quarter": "FY2026-Q1",
          "start": "2025-07-01",
          "end": "2025-09-30",
          "in_period": false,
          "headline": {
            "active_partners": 6,
            "new_partners": 0,
            "ended_partners": 0,
            "checkins": 0,
            "expected_to_meet": 6,
            "met": 0,
            "coverage": 0.0,
            "actions_opened": 0,
            "actions_closed": 0,
            "actions_overdue": 0,
            "reliability_ours": {
              "came_due": 0,
              "on_time": 0,
              "share": null
            },
            "reliability_partner": {
              "came_due": 0,
              "on_time": 0,
              "share": null
            },
            "contributions_total": 0.0,
            "contributions_ours": 0.0,
            "contributions_partner": 0.0,
            "unvalued_hours": 0.0,
            "wins": 0
          }
        },
        {
          "quarter": "FY2026-Q2",
          "start": "2025-10-01",
          "end": "2025-12-31",
          "in_period": false,
          "headline": {
            "active_partners": 6,
            "new_partners": 0,
            "ended_partners": 0,
            "checkins": 3,
            "expected_to_meet": 6,
            "met": 3,
            "coverage": 0.5,
            "actions_opened": 4,
            "actions_closed": 0,
            "actions_overdue": 0,
            "reliability_ours": {
              "came_due": 0,
              "on_time": 0,
              "share": null
            },
            "reliability_partner": {
              "came_due": 0,
              "on_time": 0,
              "share": null
            },
            "contributions_total": 3349.0,
            "contributions_ours": 0.0,
            "contributions_partner": 3349.0,
            "unvalued_hours": 0.0,
            "wins": 0
          }
        },
        {
          "quarter": "FY2026-Q3",
          "start": "2026-01-01",
          "end": "2026-03-31",
          "in_period": false,
          "headline": {
            "active_partners": 6,
            "new_partners": 0,
            "ended_partners": 0,
            "checkins": 12,
            "expected_to_meet": 6,
            "met": 6,
            "coverage": 1.0,
            "actions_opened": 7,
            "actions_closed": 9,
            "actions_overdue": 0,
            "reliability_ours": {
              "came_due": 5,
              "on_time": 4,
              "share": 0.8
            },
            "reliability_partner": {
              "came_due": 4,
              "on_time": 3,
              "share": 0.75
            },
            "contributions_total": 105831.96,
            "contributions_ours": 1500.0,
            "contributions_partner": 104331.96,
            "unvalued_hours": 0.0,
            "wins": 1
          }
        },
        {
          "quarter": "FY2026-Q4",
          "start": "2026-04-01",
          "end": "2026-06-30",
          "in_period": false,
          "headline": {
            "active_partners": 6,
            "new_partners": 0,
            "ended_partners": 0,
            "checkins": 10,
            "expected_to_meet": 6,
            "met": 6,
            "coverage": 1.0,
            "actions_opened": 6,
            "actions_closed": 6,
            "actions_overdue": 0,
            "reliability_ours": {
              "came_due": 2,
              "on_time": 2,
              "share": 1.0
            },
            "reliability_partner": {
              "came_due": 4,
              "on_time": 3,
              "share": 0.75
            },
            "contributions_total": 46060.04,
            "contributions_ours": 19945.0,
            "contributions_partner": 26115.04,
            "unvalued_hours": 0.0,
            "wins": 2
          }
        },
        {
          "quarter": "FY2027-Q1",
          "start": "2026-07-01",
          "end": "2026-09-30",
          "in_period": false,
          "headline": {
            "active_partners": 6,
            "new_partners": 0,
            "ended_partners": 0,
            "checkins": 8,
            "expected_to_meet": 6,
            "met": 5,
            "coverage": 0.8333333333333334,
            "actions_opened": 8,
            "actions_closed": 4,
            "actions_overdue": 1,
            "reliability_ours": {
              "came_due": 2,
              "on_time": 1,
              "share": 0.5
            },
            "reliability_partner": {
              "came_due": 3,
              "on_time": 1,
              "share": 0.3333333333333333
            },
            "contributions_total": 126642.3,
            "contributions_ours": 37123.5,
            "contributions_partner": 89518.8,
            "unvalued_hours": 0.0,
            "wins": 2
          }
        },
        {
          "quarter": "FY2027-Q2",
          "start": "2026-10-01",
          "end": "2026-12-31",
          "in_period": true,
          "headline": {
            "active_partners": 6,
            "new_partners": 0,
            "ended_partners": 0,
            "checkins": 7,
            "expected_to_meet": 7,
            "met": 4,
            "coverage": 0.5714285714285714,
            "actions_opened": 6,
            "actions_closed": 3,
            "actions_overdue": 4,
            "reliability_ours": {
              "came_due": 3,
              "on_time": 1,
              "share": 0.3333333333333333
            },
            "reliability_partner": {
              "came_due": 3,
              "on_time": 1,
              "share": 0.3333333333333333
            },
            "contributions_total": 3683.9,
            "contributions_ours": 0.0,
            "contributions_partner": 3683.9,
            "unvalued_hours": 0.0,
            "wins": 1
          }
        }
      ]
    }
    "#);
    insta::assert_snapshot!(q(&["--format", "csv"]), @"
    quarter,partner,name,type,stage,last_contact,checkins,cadence_state,next_due,open_actions,overdue_actions,health,health_instrument,health_band,health_change,contributions
    FY2027-Q2,city-parks,City of Riverside Parks & Recreation,government,active,2026-08-14,0,current,2027-02-14,1,0,3.5,trust-value,strength,0,0
    FY2027-Q2,eastside-neighbors,Eastside Neighborhood Association,community,paused,2026-03-18,0,,,0,0,,,,,0
    FY2027-Q2,harvest-food-bank,Harvest Table Food Bank,nonprofit,active,2026-10-21,1,current,2027-01-21,1,0,4.1,nuffield,strength,0,0
    FY2027-Q2,northside-credit-union,Northside Credit Union,corporate,exploring,2026-11-17,2,current,2026-12-09,1,0,,,,,0
    FY2027-Q2,riverside-hospital,Riverside Regional Hospital,health,active,2026-11-12,2,current,2026-12-10,2,1,4,accord,strength,0.1,0
    FY2027-Q2,science-museum,Riverside Museum of Science & History,cultural,active,2026-06-12,0,overdue,2026-09-12,1,1,,,,,0
    FY2027-Q2,techforward,TechForward Solutions,corporate,active,2026-11-13,2,current,2026-12-13,1,1,3.9,accord,borderline,0,3683.9
    FY2027-Q2,valley-college,Riverside Valley Community College,academic,active,2026-09-03,0,soon,2026-12-03,2,1,3.9,accord,borderline,0,0
    ");
    insta::assert_snapshot!(q(&["--format", "csv", "--section", "partners"]), @"
    quarter,partner,name,type,stage,last_contact,checkins,cadence_state,next_due,open_actions,overdue_actions,health,health_instrument,health_band,health_change,contributions
    FY2027-Q2,city-parks,City of Riverside Parks & Recreation,government,active,2026-08-14,0,current,2027-02-14,1,0,3.5,trust-value,strength,0,0
    FY2027-Q2,eastside-neighbors,Eastside Neighborhood Association,community,paused,2026-03-18,0,,,0,0,,,,,0
    FY2027-Q2,harvest-food-bank,Harvest Table Food Bank,nonprofit,active,2026-10-21,1,current,2027-01-21,1,0,4.1,nuffield,strength,0,0
    FY2027-Q2,northside-credit-union,Northside Credit Union,corporate,exploring,2026-11-17,2,current,2026-12-09,1,0,,,,,0
    FY2027-Q2,riverside-hospital,Riverside Regional Hospital,health,active,2026-11-12,2,current,2026-12-10,2,1,4,accord,strength,0.1,0
    FY2027-Q2,science-museum,Riverside Museum of Science & History,cultural,active,2026-06-12,0,overdue,2026-09-12,1,1,,,,,0
    FY2027-Q2,techforward,TechForward Solutions,corporate,active,2026-11-13,2,current,2026-12-13,1,1,3.9,accord,borderline,0,3683.9
    FY2027-Q2,valley-college,Riverside Valley Community College,academic,active,2026-09-03,0,soon,2026-12-03,2,1,3.9,accord,borderline,0,0
    ");
    insta::assert_snapshot!(q(&["--format", "csv", "--section", "goals"]), @r#"
    quarter,goal,title,partners,partner_names,unit,baseline,value,value_date,target,due,progress,status,change
    FY2027-Q2,attendance-rate,Hold daily attendance at 94%,,,%,93.6,94.4,2026-10-30,94,2027-06-30,,met,-0.5
    FY2027-Q2,chronic-absence,Cut chronic absence from 18% to 12%,,,%,18,15.2,2026-10-30,12,2027-06-30,46.7,at-risk,-0.6
    FY2027-Q2,dual-credit-hours,"Students earn 9,000 dual-credit hours",valley-college,Riverside Valley Community College,credit hours,0,6310,2026-08-14,9000,2027-06-30,70.1,stale,0
    FY2027-Q2,health-teachers-trained,Train 70 health teachers with the hospital,riverside-hospital,Riverside Regional Hospital,teachers,14,58,2026-10-09,70,2027-08-15,78.6,on-track,2
    FY2027-Q2,museum-field-trips,Every 5th-grade class visits the museum,science-museum,Riverside Museum of Science & History,%,60,88,2026-06-05,100,2026-06-12,70,overdue,0
    FY2027-Q2,pantry-families,Reach 450 pantry families a month,harvest-food-bank,Harvest Table Food Bank,families,280,322,2026-10-30,450,2027-06-30,24.7,off-track,4
    FY2027-Q2,summer-2027-internships,Place 30 interns in summer 2027,techforward,TechForward Solutions,students,0,,,30,2027-07-31,,no-data,
    "#);
    insta::assert_snapshot!(q(&["--format", "csv", "--section", "health"]), @r#"
    quarter,instrument,dimension,title,mean,band,previous,partners
    FY2027-Q2,accord,vision,Shared vision and goals,4.1,strength,4,3
    FY2027-Q2,accord,communication,Communication,3.4,borderline,3.4,3
    FY2027-Q2,accord,roles,Roles and responsibilities,3.8,borderline,3.8,3
    FY2027-Q2,accord,investment,Balanced investment,3.3,borderline,3.3,3
    FY2027-Q2,accord,trust,Trust and respect,4,strength,4,3
    FY2027-Q2,accord,value,Value to students,5,strength,5,3
    FY2027-Q2,accord,flexibility,Flexibility and sustainability,3.8,borderline,3.6,3
    FY2027-Q2,nuffield,need,Recognise and accept the need for partnership,5,strength,5,1
    FY2027-Q2,nuffield,purpose,Develop clarity and realism of purpose,4,strength,4,1
    FY2027-Q2,nuffield,commitment,Ensure commitment and ownership,4,strength,4,1
    FY2027-Q2,nuffield,trust,Develop and maintain trust,4.8,strength,4.8,1
    FY2027-Q2,nuffield,arrangements,Create clear and robust partnership arrangements,3.8,borderline,3.8,1
    FY2027-Q2,nuffield,learning,"Monitor, measure and learn",3.3,borderline,3.3,1
    FY2027-Q2,trust-value,openness,Openness to communication,3,strength,3,1
    FY2027-Q2,trust-value,reliability,Reliability,4,strength,4,1
    FY2027-Q2,trust-value,mission,Shared mission,3,strength,3,1
    FY2027-Q2,trust-value,influence,Power and influence,4,strength,4,1
    FY2027-Q2,trust-value,involvement,Level of involvement,3,strength,3,1
    FY2027-Q2,trust-value,resources,Resource contribution,4,strength,4,1
    "#);
    insta::assert_snapshot!(q(&["--format", "csv", "--section", "contributions"]), @"
    quarter,partner,name,kind,side,amount,value
    FY2027-Q2,techforward,TechForward Solutions,volunteer-hours,partner,110,3683.9
    ");
    insta::assert_snapshot!(q(&["--format", "html"]), @r#"
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Riverside Unified Partnerships: quarterly report · FY2027-Q2 (Oct-Dec 2026) · as of 2026-11-23</title>
    <style>
      :root {
        --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --panel: #f5f7fa;
        --good: #2f855a; --warn: #b7791f; --bad: #c53030; --accent: #2b6cb0;
      }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
             color: var(--ink); background: #fff; }
      main { max-width: 1100px; margin: 0 auto; padding: 32px 28px 48px; }
      header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
      h1 { margin: 0; font-size: 28px; }
      .subtitle { color: var(--muted); margin-top: 4px; }
      h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
      .note { color: var(--muted); font-size: 13px; margin: -4px 0 10px; }
      .stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; }
      .stat { background: var(--panel); border-radius: 8px; padding: 12px 14px; }
      .stat .label { color: var(--muted); font-size: 13px; }
      .stat .value { font-size: 26px; font-weight: 650; margin: 2px 0; }
      .stat .change, .stat .detail { font-size: 12.5px; }
      .stat .detail { color: var(--muted); }
      .stat .spark { display: block; margin: 4px 0 2px; }
      .spark polyline { fill: none; stroke: var(--accent); stroke-width: 1.5; stroke-linejoin: round; }
      .spark circle { fill: var(--accent); }
      table { width: 100%; border-collapse: collapse; font-size: 13.5px; margin: 6px 0 12px; }
      th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .03em;
           color: var(--muted); border-bottom: 2px solid var(--line); padding: 6px 8px; }
      td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      .progress { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; }
      .chart { margin: 8px 0 16px; }
      .chart h3 { font-size: 13px; color: var(--muted); font-weight: 600; margin: 0 0 6px; }
      .bar-row { display: grid; grid-template-columns: minmax(140px, 30%) 1fr 11em;
                 gap: 10px; align-items: center; font-size: 13.5px; padding: 2px 0; }
      .bar-row .text { text-align: right; font-variant-numeric: tabular-nums; }
      .tone-good { color: var(--good); } .tone-warn { color: var(--warn); }
      .tone-bad { color: var(--bad); font-weight: 600; } .tone-dim { color: var(--muted); }
      .tone-strong { font-weight: 650; }
      svg .track { fill: var(--line); }
      svg .fill-plain, svg .fill-strong, svg .fill-dim { fill: var(--accent); }
      svg .fill-good { fill: var(--good); } svg .fill-warn { fill: var(--warn); }
      svg .fill-bad { fill: var(--bad); }
      dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 6px 0; }
      dl.fields dt { color: var(--muted); } dl.fields dd { margin: 0; }
      footer { margin-top: 36px; color: var(--muted); font-size: 12px; }
      @media print {
        main { max-width: none; padding: 0; }
        body { font-size: 11pt; }
        h2 { break-after: avoid; }
        table, .chart, .stats { break-inside: avoid; }
        .stat { border: 1px solid var(--line); background: none; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
    </style>
    </head>
    <body>
    <main>
    <header>
      <h1>Riverside Unified Partnerships: quarterly report</h1>
      <div class="subtitle">FY2027-Q2 (Oct-Dec 2026) · as of 2026-11-23</div>
    </header>

    <section>
      <h2>Headline</h2>
      <p class="note">hours valued at $33.49 an hour</p>
      
      
      <div class="stats">
        
        <div class="stat">
          <div class="label">Active partners</div>
          <div class="value">6</div>
          <svg class="spark" width="100" height="24" viewBox="0 0 100 24" role="img" aria-label="FY2025-Q3 7 · FY2025-Q4 6 · FY2026-Q1 6 · FY2026-Q2 6 · FY2026-Q3 6 · FY2026-Q4 6 · FY2027-Q1 6 · FY2027-Q2 6"><title>FY2025-Q3 7 · FY2025-Q4 6 · FY2026-Q1 6 · FY2026-Q2 6 · FY2026-Q3 6 · FY2026-Q4 6 · FY2027-Q1 6 · FY2027-Q2 6</title><polyline points="0,2 14.3,22 28.6,22 42.9,22 57.1,22 71.4,22 85.7,22 100,22"/><circle cx="100.0" cy="22.0" r="2"/></svg>
          <div class="change tone-dim">same as FY2027-Q1</div>
          
        </div>
        
        <div class="stat">
          <div class="label">Check-ins held</div>
          <div class="value">7</div>
          <svg class="spark" width="100" height="24" viewBox="0 0 100 24" role="img" aria-label="FY2025-Q3 0 · FY2025-Q4 0 · FY2026-Q1 0 · FY2026-Q2 3 · FY2026-Q3 12 · FY2026-Q4 10 · FY2027-Q1 8 · FY2027-Q2 7"><title>FY2025-Q3 0 · FY2025-Q4 0 · FY2026-Q1 0 · FY2026-Q2 3 · FY2026-Q3 12 · FY2026-Q4 10 · FY2027-Q1 8 · FY2027-Q2 7</title><polyline points="0,22 14.3,22 28.6,22 42.9,17 57.1,2 71.4,5.3 85.7,8.7 100,10.3"/><circle cx="100.0" cy="10.3" r="2"/></svg>
          <div class="change tone-bad">-1 vs FY2027-Q1</div>
          
        </div>
        
        <div class="stat">
          <div class="label">Check-in coverage</div>
          <div class="value">57%</div>
          <svg class="spark" width="100" height="24" viewBox="0 0 100 24" role="img" aria-label="FY2025-Q3 0% · FY2025-Q4 0% · FY2026-Q1 0% · FY2026-Q2 50% · FY2026-Q3 100% · FY2026-Q4 100% · FY2027-Q1 83% · FY2027-Q2 57%"><title>FY2025-Q3 0% · FY2025-Q4 0% · FY2026-Q1 0% · FY2026-Q2 50% · FY2026-Q3 100% · FY2026-Q4 100% · FY2027-Q1 83% · FY2027-Q2 57%</title><polyline points="0,22 14.3,22 28.6,22 42.9,12 57.1,2 71.4,2 85.7,5.3 100,10.6"/><circle cx="100.0" cy="10.6" r="2"/></svg>
          <div class="change tone-bad">-26 pts vs FY2027-Q1</div>
          <div class="detail">4 of the 7 partners expected to meet held a check-in</div>
        </div>
        
        <div class="stat">
          <div class="label">Action items opened</div>
          <div class="value">6</div>
          <svg class="spark" width="100" height="24" viewBox="0 0 100 24" role="img" aria-label="FY2025-Q3 0 · FY2025-Q4 0 · FY2026-Q1 0 · FY2026-Q2 4 · FY2026-Q3 7 · FY2026-Q4 6 · FY2027-Q1 8 · FY2027-Q2 6"><title>FY2025-Q3 0 · FY2025-Q4 0 · FY2026-Q1 0 · FY2026-Q2 4 · FY2026-Q3 7 · FY2026-Q4 6 · FY2027-Q1 8 · FY2027-Q2 6</title><polyline points="0,22 14.3,22 28.6,22 42.9,12 57.1,4.5 71.4,7 85.7,2 100,7"/><circle cx="100.0" cy="7.0" r="2"/></svg>
          <div class="change tone-plain">-2 vs FY2027-Q1</div>
          
        </div>
        
        <div class="stat">
          <div class="label">Action items closed</div>
          <div class="value">3</div>
          <svg class="spark" width="100" height="24" viewBox="0 0 100 24" role="img" aria-label="FY2025-Q3 0 · FY2025-Q4 0 · FY2026-Q1 0 · FY2026-Q2 0 · FY2026-Q3 9 · FY2026-Q4 6 · FY2027-Q1 4 · FY2027-Q2 3"><title>FY2025-Q3 0 · FY2025-Q4 0 · FY2026-Q1 0 · FY2026-Q2 0 · FY2026-Q3 9 · FY2026-Q4 6 · FY2027-Q1 4 · FY2027-Q2 3</title><polyline points="0,22 14.3,22 28.6,22 42.9,22 57.1,2 71.4,8.7 85.7,13.1 100,15.3"/><circle cx="100.0" cy="15.3" r="2"/></svg>
          <div class="change tone-bad">-1 vs FY2027-Q1</div>
          
        </div>
        
        <div class="stat">
          <div class="label">Action items overdue</div>
          <div class="value">4</div>
          <svg class="spark" width="100" height="24" viewBox="0 0 100 24" role="img" aria-label="FY2025-Q3 0 · FY2025-Q4 0 · FY2026-Q1 0 · FY2026-Q2 0 · FY2026-Q3 0 · FY2026-Q4 0 · FY2027-Q1 1 · FY2027-Q2 4"><title>FY2025-Q3 0 · FY2025-Q4 0 · FY2026-Q1 0 · FY2026-Q2 0 · FY2026-Q3 0 · FY2026-Q4 0 · FY2027-Q1 1 · FY2027-Q2 4</title><polyline points="0,22 14.3,22 28.6,22 42.9,22 57.1,22 71.4,22 85.7,17 100,2"/><circle cx="100.0" cy="2.0" r="2"/></svg>
          <div class="change tone-bad">+3 vs FY2027-Q1</div>
          <div class="detail">on 2026-11-23</div>
        </div>
        
        <div class="stat">
          <div class="label">Reliability, our side</div>
          <div class="value">33%</div>
          <svg class="spark" width="100" height="24" viewBox="0 0 100 24" role="img" aria-label="FY2026-Q3 80% · FY2026-Q4 100% · FY2027-Q1 50% · FY2027-Q2 33%"><title>FY2026-Q3 80% · FY2026-Q4 100% · FY2027-Q1 50% · FY2027-Q2 33%</title><polyline points="0,8 33.3,2 66.7,17 100,22"/><circle cx="100.0" cy="22.0" r="2"/></svg>
          
          <div class="detail">1 of 3 due on time</div>
        </div>
        
        <div class="stat">
          <div class="label">Reliability, partners</div>
          <div class="value">33%</div>
          <svg class="spark" width="100" height="24" viewBox="0 0 100 24" role="img" aria-label="FY2026-Q3 75% · FY2026-Q4 75% · FY2027-Q1 33% · FY2027-Q2 33%"><title>FY2026-Q3 75% · FY2026-Q4 75% · FY2027-Q1 33% · FY2027-Q2 33%</title><polyline points="0,2 33.3,2 66.7,22 100,22"/><circle cx="100.0" cy="22.0" r="2"/></svg>
          
          <div class="detail">1 of 3 due on time</div>
        </div>
        
        <div class="stat">
          <div class="label">Contributions</div>
          <div class="value">$3,683.90</div>
          <svg class="spark" width="100" height="24" viewBox="0 0 100 24" role="img" aria-label="FY2025-Q3 $0 · FY2025-Q4 $0 · FY2026-Q1 $0 · FY2026-Q2 $3,349 · FY2026-Q3 $105,831.96 · FY2026-Q4 $46,060.04 · FY2027-Q1 $126,642.30 · FY2027-Q2 $3,683.90"><title>FY2025-Q3 $0 · FY2025-Q4 $0 · FY2026-Q1 $0 · FY2026-Q2 $3,349 · FY2026-Q3 $105,831.96 · FY2026-Q4 $46,060.04 · FY2027-Q1 $126,642.30 · FY2027-Q2 $3,683.90</title><polyline points="0,22 14.3,22 28.6,22 42.9,21.5 57.1,5.3 71.4,14.7 85.7,2 100,21.4"/><circle cx="100.0" cy="21.4" r="2"/></svg>
          <div class="change tone-bad">-$122,958.40 vs FY2027-Q1</div>
          <div class="detail">partners $3,683.90 (100%) · ours $0 (0%)</div>
        </div>
        
        <div class="stat">
          <div class="label">Wins</div>
          <div class="value">1</div>
          <svg class="spark" width="100" height="24" viewBox="0 0 100 24" role="img" aria-label="FY2025-Q3 0 · FY2025-Q4 0 · FY2026-Q1 0 · FY2026-Q2 0 · FY2026-Q3 1 · FY2026-Q4 2 · FY2027-Q1 2 · FY2027-Q2 1"><title>FY2025-Q3 0 · FY2025-Q4 0 · FY2026-Q1 0 · FY2026-Q2 0 · FY2026-Q3 1 · FY2026-Q4 2 · FY2027-Q1 2 · FY2027-Q2 1</title><polyline points="0,22 14.3,22 28.6,22 42.9,22 57.1,12 71.4,2 85.7,2 100,12"/><circle cx="100.0" cy="12.0" r="2"/></svg>
          <div class="change tone-bad">-1 vs FY2027-Q1</div>
          
        </div>
        
      </div>
      
      
    </section>

    <section>
      <h2>Partners</h2>
      
      
      
      <table>
        <thead><tr>
          <th>Partner</th><th>Stage</th><th>Last contact</th><th class="num">Check-ins</th><th>Cadence</th><th class="num">Open</th><th class="num">Overdue</th><th class="num">Health</th><th class="num">Change</th><th class="num">Contributions</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">City of Riverside Parks &amp; Recreation</td>
          
            <td class="tone-plain">active</td>
          
            <td class="tone-plain">2026-08-14</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="tone-good">current</td>
          
            <td class="num tone-plain">1</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="num tone-good">3.5</td>
          
            <td class="num tone-plain">=</td>
          
            <td class="num tone-plain">$0</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Eastside Neighborhood Association</td>
          
            <td class="tone-plain">paused</td>
          
            <td class="tone-plain">2026-03-18</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="tone-dim">-</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="tone-dim">-</td>
          
            <td class="num tone-plain">-</td>
          
            <td class="num tone-plain">$0</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Harvest Table Food Bank</td>
          
            <td class="tone-plain">active</td>
          
            <td class="tone-plain">2026-10-21</td>
          
            <td class="num tone-plain">1</td>
          
            <td class="tone-good">current</td>
          
            <td class="num tone-plain">1</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="num tone-good">4.1</td>
          
            <td class="num tone-plain">=</td>
          
            <td class="num tone-plain">$0</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Northside Credit Union</td>
          
            <td class="tone-plain">exploring</td>
          
            <td class="tone-plain">2026-11-17</td>
          
            <td class="num tone-plain">2</td>
          
            <td class="tone-good">current</td>
          
            <td class="num tone-plain">1</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="tone-dim">-</td>
          
            <td class="num tone-plain">-</td>
          
            <td class="num tone-plain">$0</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Riverside Regional Hospital</td>
          
            <td class="tone-plain">active</td>
          
            <td class="tone-plain">2026-11-12</td>
          
            <td class="num tone-plain">2</td>
          
            <td class="tone-good">current</td>
          
            <td class="num tone-plain">2</td>
          
            <td class="num tone-bad">1</td>
          
            <td class="num tone-good">4.0</td>
          
            <td class="num tone-plain">+0.1</td>
          
            <td class="num tone-plain">$0</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Riverside Museum of Science &amp; History</td>
          
            <td class="tone-plain">active</td>
          
            <td class="tone-plain">2026-06-12</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="tone-bad">overdue 2 months</td>
          
            <td class="num tone-plain">1</td>
          
            <td class="num tone-bad">1</td>
          
            <td class="tone-dim">-</td>
          
            <td class="num tone-plain">-</td>
          
            <td class="num tone-plain">$0</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">TechForward Solutions</td>
          
            <td class="tone-plain">active</td>
          
            <td class="tone-plain">2026-11-13</td>
          
            <td class="num tone-plain">2</td>
          
            <td class="tone-good">current</td>
          
            <td class="num tone-plain">1</td>
          
            <td class="num tone-bad">1</td>
          
            <td class="num tone-warn">3.9</td>
          
            <td class="num tone-plain">=</td>
          
            <td class="num tone-plain">$3,683.90</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Riverside Valley Community College</td>
          
            <td class="tone-plain">active</td>
          
            <td class="tone-plain">2026-09-03</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="tone-warn">due in 10 days</td>
          
            <td class="num tone-plain">2</td>
          
            <td class="num tone-bad">1</td>
          
            <td class="num tone-warn">3.9</td>
          
            <td class="num tone-plain">=</td>
          
            <td class="num tone-plain">$0</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
      
      <div class="chart">
        <h3>Check-ins this quarter, partners expected to meet</h3>
        
        <div class="bar-row">
          <div class="label">City of Riverside Parks &amp; Recreation</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="City of Riverside Parks &amp; Recreation: none"><rect class="track" width="100" height="14"/><rect class="fill-bad" width="0.0" height="14"/></svg>
          <div class="text">none</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Harvest Table Food Bank</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Harvest Table Food Bank: 1 check-in"><rect class="track" width="100" height="14"/><rect class="fill-good" width="50.0" height="14"/></svg>
          <div class="text">1 check-in</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Northside Credit Union</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Northside Credit Union: 2 check-ins"><rect class="track" width="100" height="14"/><rect class="fill-good" width="100.0" height="14"/></svg>
          <div class="text">2 check-ins</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Riverside Regional Hospital</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Riverside Regional Hospital: 2 check-ins"><rect class="track" width="100" height="14"/><rect class="fill-good" width="100.0" height="14"/></svg>
          <div class="text">2 check-ins</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Riverside Museum of Science &amp; History</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Riverside Museum of Science &amp; History: none"><rect class="track" width="100" height="14"/><rect class="fill-bad" width="0.0" height="14"/></svg>
          <div class="text">none</div>
        </div>
        
        <div class="bar-row">
          <div class="label">TechForward Solutions</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="TechForward Solutions: 2 check-ins"><rect class="track" width="100" height="14"/><rect class="fill-good" width="100.0" height="14"/></svg>
          <div class="text">2 check-ins</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Riverside Valley Community College</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Riverside Valley Community College: none"><rect class="track" width="100" height="14"/><rect class="fill-bad" width="0.0" height="14"/></svg>
          <div class="text">none</div>
        </div>
        
      </div>
      
      
    </section>

    <section>
      <h2>Goals</h2>
      
      
      
      <table>
        <thead><tr>
          <th>Goal</th><th>Partners</th><th class="num">Baseline</th><th class="num">Quarter end</th><th class="num">Target</th><th>Progress</th><th>Status</th><th class="num">Change</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">Hold daily attendance at 94%</td>
          
            <td class="tone-plain">program</td>
          
            <td class="num tone-plain">93.6%</td>
          
            <td class="num tone-plain">94.4%</td>
          
            <td class="num tone-plain">94%</td>
          
            <td class="tone-good">-</td>
          
            <td class="tone-good">met</td>
          
            <td class="num tone-plain">-0.5%</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Cut chronic absence from 18% to 12%</td>
          
            <td class="tone-plain">program</td>
          
            <td class="num tone-plain">18%</td>
          
            <td class="num tone-plain">15.2%</td>
          
            <td class="num tone-plain">12%</td>
          
            <td class="tone-warn"><span class="progress"><svg width="90" height="10" viewBox="0 0 100 10" role="img" aria-label="46%"><rect class="track" width="100" height="10" rx="2"/><rect class="fill-warn" width="46.66666666666668" height="10" rx="2"/></svg>46%</span></td>
          
            <td class="tone-warn">at-risk</td>
          
            <td class="num tone-plain">-0.6%</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Students earn 9,000 dual-credit hours</td>
          
            <td class="tone-plain">Riverside Valley Community College</td>
          
            <td class="num tone-plain">0 credit hours</td>
          
            <td class="num tone-plain">6310 credit hours</td>
          
            <td class="num tone-plain">9000 credit hours</td>
          
            <td class="tone-warn"><span class="progress"><svg width="90" height="10" viewBox="0 0 100 10" role="img" aria-label="70%"><rect class="track" width="100" height="10" rx="2"/><rect class="fill-warn" width="70.11111111111111" height="10" rx="2"/></svg>70%</span></td>
          
            <td class="tone-warn">stale</td>
          
            <td class="num tone-plain">=</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Train 70 health teachers with the hospital</td>
          
            <td class="tone-plain">Riverside Regional Hospital</td>
          
            <td class="num tone-plain">14 teachers</td>
          
            <td class="num tone-plain">58 teachers</td>
          
            <td class="num tone-plain">70 teachers</td>
          
            <td class="tone-good"><span class="progress"><svg width="90" height="10" viewBox="0 0 100 10" role="img" aria-label="78%"><rect class="track" width="100" height="10" rx="2"/><rect class="fill-good" width="78.57142857142857" height="10" rx="2"/></svg>78%</span></td>
          
            <td class="tone-good">on-track</td>
          
            <td class="num tone-plain">+2 teachers</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Every 5th-grade class visits the museum</td>
          
            <td class="tone-plain">Riverside Museum of Science &amp; History</td>
          
            <td class="num tone-plain">60%</td>
          
            <td class="num tone-plain">88%</td>
          
            <td class="num tone-plain">100%</td>
          
            <td class="tone-bad"><span class="progress"><svg width="90" height="10" viewBox="0 0 100 10" role="img" aria-label="70%"><rect class="track" width="100" height="10" rx="2"/><rect class="fill-bad" width="70.0" height="10" rx="2"/></svg>70%</span></td>
          
            <td class="tone-bad">overdue</td>
          
            <td class="num tone-plain">=</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Reach 450 pantry families a month</td>
          
            <td class="tone-plain">Harvest Table Food Bank</td>
          
            <td class="num tone-plain">280 families</td>
          
            <td class="num tone-plain">322 families</td>
          
            <td class="num tone-plain">450 families</td>
          
            <td class="tone-bad"><span class="progress"><svg width="90" height="10" viewBox="0 0 100 10" role="img" aria-label="24%"><rect class="track" width="100" height="10" rx="2"/><rect class="fill-bad" width="24.705882352941178" height="10" rx="2"/></svg>24%</span></td>
          
            <td class="tone-bad">off-track</td>
          
            <td class="num tone-plain">+4 families</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Place 30 interns in summer 2027</td>
          
            <td class="tone-plain">TechForward Solutions</td>
          
            <td class="num tone-plain">0 students</td>
          
            <td class="num tone-plain">-</td>
          
            <td class="num tone-plain">30 students</td>
          
            <td class="tone-warn">-</td>
          
            <td class="tone-warn">no-data</td>
          
            <td class="num tone-plain">-</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>Partnership health</h2>
      
      
      
      <div class="chart">
        <h3>Partnership health check (accord), mean of 3 partners</h3>
        
        <div class="bar-row">
          <div class="label">Shared vision and goals</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Shared vision and goals: 4.1 strength (+0.1)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="82.0" height="14"/></svg>
          <div class="text">4.1 strength (+0.1)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Communication</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Communication: 3.4 borderline (=)"><rect class="track" width="100" height="14"/><rect class="fill-warn" width="68.0" height="14"/></svg>
          <div class="text">3.4 borderline (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Roles and responsibilities</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Roles and responsibilities: 3.8 borderline (=)"><rect class="track" width="100" height="14"/><rect class="fill-warn" width="76.0" height="14"/></svg>
          <div class="text">3.8 borderline (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Balanced investment</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Balanced investment: 3.3 borderline (=)"><rect class="track" width="100" height="14"/><rect class="fill-warn" width="65.99999999999999" height="14"/></svg>
          <div class="text">3.3 borderline (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Trust and respect</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Trust and respect: 4.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="80.0" height="14"/></svg>
          <div class="text">4.0 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Value to students</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Value to students: 5.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="100.0" height="14"/></svg>
          <div class="text">5.0 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Flexibility and sustainability</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Flexibility and sustainability: 3.8 borderline (+0.2)"><rect class="track" width="100" height="14"/><rect class="fill-warn" width="76.0" height="14"/></svg>
          <div class="text">3.8 borderline (+0.2)</div>
        </div>
        
      </div>
      
      
      
      <p>Weakest: Balanced investment 3.3, Communication 3.4, Roles and responsibilities 3.8</p>
      
      
      
      <table>
        <thead><tr>
          <th>Where the sides differ</th><th>Dimension</th><th class="num">Ours</th><th class="num">Partner</th><th class="num">Gap</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">Riverside Regional Hospital</td>
          
            <td class="tone-plain">Balanced investment</td>
          
            <td class="num tone-plain">4.0</td>
          
            <td class="num tone-plain">2.0</td>
          
            <td class="num tone-warn">2.0</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
      
      <div class="chart">
        <h3>Partnership assessment: six principles (nuffield), mean of 1 partner</h3>
        
        <div class="bar-row">
          <div class="label">Recognise and accept the need for partnership</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Recognise and accept the need for partnership: 5.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="100.0" height="14"/></svg>
          <div class="text">5.0 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Develop clarity and realism of purpose</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Develop clarity and realism of purpose: 4.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="80.0" height="14"/></svg>
          <div class="text">4.0 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Ensure commitment and ownership</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Ensure commitment and ownership: 4.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="80.0" height="14"/></svg>
          <div class="text">4.0 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Develop and maintain trust</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Develop and maintain trust: 4.8 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="96.0" height="14"/></svg>
          <div class="text">4.8 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Create clear and robust partnership arrangements</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Create clear and robust partnership arrangements: 3.8 borderline (=)"><rect class="track" width="100" height="14"/><rect class="fill-warn" width="76.0" height="14"/></svg>
          <div class="text">3.8 borderline (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Monitor, measure and learn</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Monitor, measure and learn: 3.3 borderline (=)"><rect class="track" width="100" height="14"/><rect class="fill-warn" width="65.99999999999999" height="14"/></svg>
          <div class="text">3.3 borderline (=)</div>
        </div>
        
      </div>
      
      
      
      <p>Weakest: Monitor, measure and learn 3.3, Create clear and robust partnership arrangements 3.8, Develop clarity and realism of purpose 4.0</p>
      
      
      
      <div class="chart">
        <h3>Trust and value (trust-value), mean of 1 partner</h3>
        
        <div class="bar-row">
          <div class="label">Openness to communication</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Openness to communication: 3.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="75.0" height="14"/></svg>
          <div class="text">3.0 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Reliability</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Reliability: 4.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="100.0" height="14"/></svg>
          <div class="text">4.0 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Shared mission</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Shared mission: 3.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="75.0" height="14"/></svg>
          <div class="text">3.0 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Power and influence</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Power and influence: 4.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="100.0" height="14"/></svg>
          <div class="text">4.0 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Level of involvement</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Level of involvement: 3.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="75.0" height="14"/></svg>
          <div class="text">3.0 strength (=)</div>
        </div>
        
        <div class="bar-row">
          <div class="label">Resource contribution</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="Resource contribution: 4.0 strength (=)"><rect class="track" width="100" height="14"/><rect class="fill-good" width="100.0" height="14"/></svg>
          <div class="text">4.0 strength (=)</div>
        </div>
        
      </div>
      
      
      
      <p>Weakest: Openness to communication 3.0, Shared mission 3.0, Level of involvement 3.0</p>
      
      
    </section>

    <section>
      <h2>What stakeholders say</h2>
      <p class="note">results of fewer than 5 respondents are not shown, so no one can be recognised</p>
      
      
      <table>
        <thead><tr>
          <th>Survey</th><th>Asked</th><th>Responses</th><th class="num">Overall</th><th>Strongest</th><th>Weakest</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">Teachers on the hospital partnership</td>
          
            <td class="tone-plain">Riverside Regional Hospital · teachers, closed 2026-10-30</td>
          
            <td class="tone-plain">19 responses of 28 invited (68%)</td>
          
            <td class="num tone-plain">3.9 borderline</td>
          
            <td class="tone-plain">Value to students 4.6, Trust and respect 4.2</td>
          
            <td class="tone-plain">Communication 3.2, Flexibility and sustainability 3.4</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Fall family survey</td>
          
            <td class="tone-plain">program · families, community, closed 2026-11-13</td>
          
            <td class="tone-plain">29 responses of 420 invited (7%)</td>
          
            <td class="num tone-plain">2.8 borderline</td>
          
            <td class="tone-plain">Feeling welcome 3.1, Benefit to your child 3.1</td>
          
            <td class="tone-plain">Kept informed 2.3, Having a say 2.5</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
      
      <table>
        <thead><tr>
          <th>Where groups differ</th><th>Question</th><th>Higher</th><th>Lower</th><th class="num">Gap</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">Fall family survey</td>
          
            <td class="tone-plain">Benefit to your child</td>
          
            <td class="tone-plain">families 3.3</td>
          
            <td class="tone-plain">community 2.2</td>
          
            <td class="num tone-warn">1.2</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Fall family survey</td>
          
            <td class="tone-plain">In your language</td>
          
            <td class="tone-plain">families 3.2</td>
          
            <td class="tone-plain">community 1.7</td>
          
            <td class="num tone-warn">1.5</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Fall family survey</td>
          
            <td class="tone-plain">Having a say</td>
          
            <td class="tone-plain">families 2.8</td>
          
            <td class="tone-plain">community 1.5</td>
          
            <td class="num tone-warn">1.3</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>Contributions</h2>
      <p class="note">hours valued at $33.49 an hour</p>
      
      
      <div class="chart">
        <h3>By kind and side</h3>
        
        <div class="bar-row">
          <div class="label">volunteer-hours · partners</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="volunteer-hours · partners: $3,683.90"><rect class="track" width="100" height="14"/><rect class="fill-plain" width="100.0" height="14"/></svg>
          <div class="text">$3,683.90</div>
        </div>
        
      </div>
      
      
    </section>

    <section>
      <h2>Agreements</h2>
      
      
      
      <table>
        <thead><tr>
          <th>Partner</th><th>Agreement</th><th>Ends</th><th>State</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">Riverside Museum of Science &amp; History</td>
          
            <td class="tone-plain">MOU</td>
          
            <td class="tone-plain">2026-06-30</td>
          
            <td class="tone-bad">ended 4 months ago, not renewed</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Riverside Valley Community College</td>
          
            <td class="tone-plain">MOU</td>
          
            <td class="tone-plain">2026-12-31</td>
          
            <td class="tone-warn">ends in 38 days</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>Attention on 2026-11-23</h2>
      
      
      
      <table>
        <thead><tr>
          <th></th><th>Partner</th><th>Problem</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-bad">overdue</td>
          
            <td class="tone-plain">Riverside Museum of Science &amp; History</td>
          
            <td class="tone-plain">annual evaluation overdue: never evaluated in 6 years</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-bad">overdue</td>
          
            <td class="tone-plain">Riverside Museum of Science &amp; History</td>
          
            <td class="tone-plain">goal &quot;Every 5th-grade class visits the museum&quot; was due 2026-06-12 (5 months ago) and is not met (88%, target 100%)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-bad">overdue</td>
          
            <td class="tone-plain">Harvest Table Food Bank</td>
          
            <td class="tone-plain">annual evaluation overdue: last evaluated 2025-06-19 (17 months ago)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-bad">overdue</td>
          
            <td class="tone-plain">Riverside Museum of Science &amp; History</td>
          
            <td class="tone-plain">MOU ended 2026-06-30 (4 months ago) and was not renewed</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-bad">overdue</td>
          
            <td class="tone-plain">Riverside Museum of Science &amp; History</td>
          
            <td class="tone-plain">the partner&#x27;s action item 3 months overdue: Send a draft of the rewritten MOU (Helen Brooks)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-bad">overdue</td>
          
            <td class="tone-plain">Riverside Museum of Science &amp; History</td>
          
            <td class="tone-plain">check-in 2 months overdue: last contact 2026-06-12 (5 months ago), meets quarterly</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-bad">overdue</td>
          
            <td class="tone-plain">Riverside Valley Community College</td>
          
            <td class="tone-plain">our action item 39 days overdue: Send fall dual-credit enrollment numbers by school (Marcus Bell)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-bad">overdue</td>
          
            <td class="tone-plain">Riverside Regional Hospital</td>
          
            <td class="tone-plain">the partner&#x27;s action item 17 days overdue: Send the updated job-shadowing consent form (Dr. Maya Chen)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-bad">overdue</td>
          
            <td class="tone-plain">TechForward Solutions</td>
          
            <td class="tone-plain">our action item 7 days overdue: Process the mentors&#x27; clearance forms and send the club schedule (Dana Whitfield)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-warn">soon</td>
          
            <td class="tone-plain">TechForward Solutions, Riverside Valley Community College</td>
          
            <td class="tone-plain">survey &quot;Students in internships and college classes&quot; closes 2026-11-27 (in 4 days): 10 of 64 invited have answered (16%)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-warn">soon</td>
          
            <td class="tone-plain">Riverside Valley Community College</td>
          
            <td class="tone-plain">check-in due in 10 days: last contact 2026-09-03 (2 months ago), meets quarterly</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-warn">soon</td>
          
            <td class="tone-plain">Riverside Valley Community College</td>
          
            <td class="tone-plain">MOU ends 2026-12-31 (in 38 days)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">watch</td>
          
            <td class="tone-plain">Riverside Valley Community College</td>
          
            <td class="tone-plain">in the concern band on accord: Communication 2.3</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">watch</td>
          
            <td class="tone-plain">Riverside Valley Community College</td>
          
            <td class="tone-plain">scores fell since the previous evaluation: Communication 3.5 → 2.5 (ours), Communication 3.0 → 2.0 (partner)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">watch</td>
          
            <td class="tone-plain">Riverside Valley Community College</td>
          
            <td class="tone-plain">goal &quot;Students earn 9,000 dual-credit hours&quot; was last measured 2026-08-14 (3 months ago)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">watch</td>
          
            <td class="tone-plain">Riverside Regional Hospital</td>
          
            <td class="tone-plain">the two sides differ by 1 or more on Balanced investment (ours 4.0, partner 2.0)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">watch</td>
          
            <td class="tone-plain">program</td>
          
            <td class="tone-plain">goal &quot;Cut chronic absence from 18% to 12%&quot; is at risk: 46% of the way with 67% of the time gone</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">watch</td>
          
            <td class="tone-plain">Harvest Table Food Bank</td>
          
            <td class="tone-plain">goal &quot;Reach 450 pantry families a month&quot; is off track: 24% of the way with 67% of the time gone</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">watch</td>
          
            <td class="tone-plain">program</td>
          
            <td class="tone-plain">in the concern band in survey &quot;Fall family survey&quot;: Kept informed 2.3 (families, community)</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">watch</td>
          
            <td class="tone-plain">Riverside Museum of Science &amp; History</td>
          
            <td class="tone-plain">no role named on our side</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">watch</td>
          
            <td class="tone-plain">Riverside Regional Hospital</td>
          
            <td class="tone-plain">our side put in 7% of the $95,900.70 invested in FY2026-Q3 to FY2027-Q2, under the 20% floor; hours valued at $33.49 an hour</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>Wins</h2>
      
      
      
      <table>
        <thead><tr>
          <th>Date</th><th>Partner</th><th>Win</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">2026-10-15</td>
          
            <td class="tone-plain">City of Riverside Parks &amp; Recreation</td>
          
            <td class="tone-plain">After-school attendance at the three park programs rose 18% over last fall</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <footer>Made with accord · FY2027-Q2 (Oct-Dec 2026) · as of 2026-11-23</footer>
    </main>
    </body>
    </html>
    "#);
}

#[test]
fn report_partner() {
    let env = TestEnv::example();
    let p = |more: &[&str]| env.ok(&[&["report", "partner", "riverside-hospital"], more].concat());
    insta::assert_snapshot!(p(&[]), @"
    Riverside Regional Hospital
    partnership report · riverside-hospital · as of 2026-11-23

    Profile
      Type           health
      Stage          active
      Partner since  2019-09-01
      Cadence        monthly
      Focus          health education, teacher training, job shadowing
      Tags           anchor, funder
      Website        https://riversidehealth.example.org
      Agreement      MOU, signed 2024-07-01, ends 2027-06-30 (in 7 months)
      Next check-in  2026-12-10 (in 17 days)

    Roles
      SIDE     ROLE               PERSON           RESPONSIBILITIES
      ours     Liaison            Dana Whitfield   Schedule the monthly check-in; Share attendance and health-course data each quarter
      ours     Executive sponsor  Dr. Angela Ruiz  Approve classroom access for hospital staff
      partner  Liaison            Dr. Maya Chen    Fund the nurse educator position; Run the summer health-teacher training; Host job-shadowing days
      partner  Executive sponsor  Mark Ellison     Secure the annual community-benefit budget

    Quarter by quarter
      QUARTER    CHECK-INS  ACTIONS OPENED  CLOSED  PARTNER GAVE    WE GAVE  WINS
      FY2026-Q2          1               1       0     $1,339.60         $0     0
      FY2026-Q3          3               2       2    $42,143.36     $1,500     0
      FY2026-Q4          3               2       3     $3,215.04         $0     1
      FY2027-Q1          2               1       0    $44,018.80  $5,023.50     1
      FY2027-Q2          2               1       0            $0         $0     0

    Goals
      GOAL                                           BASELINE       TARGET  DUE         PROGRESS        STATUS
      Train 70 health teachers with the hospital  14 teachers  70 teachers  2027-08-15  ███████░░░ 78%  on-track

      78% of the way from 14 teachers to 70 teachers, with 75% of the time to 2027-08-15 gone (on track from 65%)
      2024-11-08  ██████                    17 teachers
      2025-02-21  ███████                   20 teachers
      2025-06-27  ███████████               33 teachers
      2025-08-08  █████████████             38 teachers
      2025-11-07  ██████████████            41 teachers
      2026-02-20  ███████████████           43 teachers
      2026-06-26  ██████████████████        52 teachers
      2026-08-07  ███████████████████       56 teachers
      2026-10-09  ████████████████████      58 teachers

    Check-ins
      DATE        KIND     SUMMARY                                                                           RATING
      2026-11-12  meeting  Fall numbers look good; shadowing is waiting on the updated consent form          4/5
      2026-10-08  call     Checked on the consent form and the fall attendance report                        -
      2026-09-10  meeting  Fall kickoff: job-shadowing expands to 30 students; consent form needs an update  4/5
      2026-07-22  event    Visited the summer health-teacher training: 38 teachers in the room               -
      2026-06-25  review   Year-end review: nurse educator funded for 2026-27; goals set for next year       5/5
      2026-05-14  meeting  Job shadowing wrap-up: 23 of 24 students completed; budget decision pending       4/5
      2026-04-16  call     Summer training dates set for July 20-24; mental-health first aid added           -
      2026-03-12  review   Mid-year review: health-course pass rate up 6 points, fair drew 410 families      5/5
      2026-02-12  meeting  Job-shadowing roster for spring: 24 juniors across four departments               4/5
      2026-01-15  call     Health fair logistics; Lincoln High auditorium requested for March 6              -
      2025-12-11  meeting  Planned the spring health fair and the nurse educator's second semester           4/5

    Action items
      reliability: ours 100% (3 of 3 on time) · partner 33% (1 of 3 on time)
      ACTION ITEM                                               OWNER           SIDE     DUE         STATE
      Book the Lincoln High auditorium for the health fair      Dana Whitfield  ours     2026-01-30  done 2026-01-22
      Send the job-shadowing consent forms to families          Dana Whitfield  ours     2026-02-27  done 2026-02-25
      Send attendance data by grade for the budget review       Dana Whitfield  ours     2026-04-03  done 2026-04-02
      Confirm the trainers for the mental-health first aid day  Dr. Maya Chen   partner  2026-05-15  done 2026-05-12
      Confirm the nurse educator budget for 2026-27             Mark Ellison    partner  2026-05-31  done 2026-06-19
      Send the updated job-shadowing consent form               Dr. Maya Chen   partner  2026-11-06  overdue since 2026-11-06
      Share fall attendance and health-course data              Dana Whitfield  ours     2026-12-15  open

    Evaluations
      DATE        INSTRUMENT  SIDE     OVERALL  BAND
      2025-10-14  accord      ours         4.1  strength
      2025-10-21  accord      partner      3.7  borderline
      2026-10-13  accord      ours         4.2  strength
      2026-10-20  accord      partner      3.8  borderline

    What stakeholders say
      results of fewer than 5 respondents are not shown, so no one can be recognised
      SURVEY                                ASKED                                                      RESPONSES                                OVERALL  STRONGEST                                     WEAKEST
      Teachers on the hospital partnership  Riverside Regional Hospital · teachers, closed 2026-10-30  19 responses of 28 invited (68%)  3.9 borderline  Value to students 4.6, Trust and respect 4.2  Communication 3.2, Flexibility and sustainability 3.4

    Contributions
      in all: partner $90,716.80 (93%) · ours $6,523.50 (7%) · hours valued at $33.49 an hour
      DATE        KIND             SIDE      AMOUNT  NOTE
      2025-12-05  volunteer-hours  partner     40 h  Nurses at the flu-shot clinic at Lincoln High
      2026-01-12  funding          partner  $34,000  Nurse educator position, spring semester
      2026-01-12  in-kind          partner   $6,000  Simulation lab space for the CNA course, spring semester
      2026-02-07  volunteer-hours  partner     64 h  Nurses and techs staffing the spring health fair
      2026-02-07  facilities       ours      $1,500  Lincoln High gym for the health fair
      2026-04-18  volunteer-hours  partner     96 h  Job-shadowing days for 32 students
      2026-07-20  staff-hours      partner    120 h  Summer health-teacher training, five days
      2026-08-17  funding          partner  $34,000  Nurse educator position, fall semester
      2026-08-17  in-kind          partner   $6,000  Simulation lab space for the CNA course, fall semester
      2026-09-30  staff-hours      ours       150 h  Health-course teachers co-teaching with the nurse educator

    Wins
      DATE        WIN
      2026-06-10  Twelve Lincoln High seniors earned their CNA certification in the hospital's simulation lab
      2026-09-25  The hospital renewed the nurse educator position for a third year
    ");
    insta::assert_snapshot!(p(&["--format", "table"]), @"
    Riverside Regional Hospital
    partnership report · riverside-hospital · as of 2026-11-23

    Profile
      Type           health
      Stage          active
      Partner since  2019-09-01
      Cadence        monthly
      Focus          health education, teacher training, job shadowing
      Tags           anchor, funder
      Website        https://riversidehealth.example.org
      Agreement      MOU, signed 2024-07-01, ends 2027-06-30 (in 7 months)
      Next check-in  2026-12-10 (in 17 days)

    Roles
      SIDE     ROLE               PERSON           RESPONSIBILITIES
      ours     Liaison            Dana Whitfield   Schedule the monthly check-in; Share attendance and health-course data each quarter
      ours     Executive sponsor  Dr. Angela Ruiz  Approve classroom access for hospital staff
      partner  Liaison            Dr. Maya Chen    Fund the nurse educator position; Run the summer health-teacher training; Host job-shadowing days
      partner  Executive sponsor  Mark Ellison     Secure the annual community-benefit budget

    Quarter by quarter
      QUARTER    CHECK-INS  ACTIONS OPENED  CLOSED  PARTNER GAVE    WE GAVE  WINS
      FY2026-Q2          1               1       0     $1,339.60         $0     0
      FY2026-Q3          3               2       2    $42,143.36     $1,500     0
      FY2026-Q4          3               2       3     $3,215.04         $0     1
      FY2027-Q1          2               1       0    $44,018.80  $5,023.50     1
      FY2027-Q2          2               1       0            $0         $0     0

    Goals
      GOAL                                           BASELINE       TARGET  DUE         PROGRESS        STATUS
      Train 70 health teachers with the hospital  14 teachers  70 teachers  2027-08-15  ███████░░░ 78%  on-track

      78% of the way from 14 teachers to 70 teachers, with 75% of the time to 2027-08-15 gone (on track from 65%)
      2024-11-08  ██████                    17 teachers
      2025-02-21  ███████                   20 teachers
      2025-06-27  ███████████               33 teachers
      2025-08-08  █████████████             38 teachers
      2025-11-07  ██████████████            41 teachers
      2026-02-20  ███████████████           43 teachers
      2026-06-26  ██████████████████        52 teachers
      2026-08-07  ███████████████████       56 teachers
      2026-10-09  ████████████████████      58 teachers

    Check-ins
      DATE        KIND     SUMMARY                                                                           RATING
      2026-11-12  meeting  Fall numbers look good; shadowing is waiting on the updated consent form          4/5
      2026-10-08  call     Checked on the consent form and the fall attendance report                        -
      2026-09-10  meeting  Fall kickoff: job-shadowing expands to 30 students; consent form needs an update  4/5
      2026-07-22  event    Visited the summer health-teacher training: 38 teachers in the room               -
      2026-06-25  review   Year-end review: nurse educator funded for 2026-27; goals set for next year       5/5
      2026-05-14  meeting  Job shadowing wrap-up: 23 of 24 students completed; budget decision pending       4/5
      2026-04-16  call     Summer training dates set for July 20-24; mental-health first aid added           -
      2026-03-12  review   Mid-year review: health-course pass rate up 6 points, fair drew 410 families      5/5
      2026-02-12  meeting  Job-shadowing roster for spring: 24 juniors across four departments               4/5
      2026-01-15  call     Health fair logistics; Lincoln High auditorium requested for March 6              -
      2025-12-11  meeting  Planned the spring health fair and the nurse educator's second semester           4/5

    Action items
      reliability: ours 100% (3 of 3 on time) · partner 33% (1 of 3 on time)
      ACTION ITEM                                               OWNER           SIDE     DUE         STATE
      Book the Lincoln High auditorium for the health fair      Dana Whitfield  ours     2026-01-30  done 2026-01-22
      Send the job-shadowing consent forms to families          Dana Whitfield  ours     2026-02-27  done 2026-02-25
      Send attendance data by grade for the budget review       Dana Whitfield  ours     2026-04-03  done 2026-04-02
      Confirm the trainers for the mental-health first aid day  Dr. Maya Chen   partner  2026-05-15  done 2026-05-12
      Confirm the nurse educator budget for 2026-27             Mark Ellison    partner  2026-05-31  done 2026-06-19
      Send the updated job-shadowing consent form               Dr. Maya Chen   partner  2026-11-06  overdue since 2026-11-06
      Share fall attendance and health-course data              Dana Whitfield  ours     2026-12-15  open

    Evaluations
      DATE        INSTRUMENT  SIDE     OVERALL  BAND
      2025-10-14  accord      ours         4.1  strength
      2025-10-21  accord      partner      3.7  borderline
      2026-10-13  accord      ours         4.2  strength
      2026-10-20  accord      partner      3.8  borderline

    What stakeholders say
      results of fewer than 5 respondents are not shown, so no one can be recognised
      SURVEY                                ASKED                                                      RESPONSES                                OVERALL  STRONGEST                                     WEAKEST
      Teachers on the hospital partnership  Riverside Regional Hospital · teachers, closed 2026-10-30  19 responses of 28 invited (68%)  3.9 borderline  Value to students 4.6, Trust and respect 4.2  Communication 3.2, Flexibility and sustainability 3.4

    Contributions
      in all: partner $90,716.80 (93%) · ours $6,523.50 (7%) · hours valued at $33.49 an hour
      DATE        KIND             SIDE      AMOUNT  NOTE
      2025-12-05  volunteer-hours  partner     40 h  Nurses at the flu-shot clinic at Lincoln High
      2026-01-12  funding          partner  $34,000  Nurse educator position, spring semester
      2026-01-12  in-kind          partner   $6,000  Simulation lab space for the CNA course, spring semester
      2026-02-07  volunteer-hours  partner     64 h  Nurses and techs staffing the spring health fair
      2026-02-07  facilities       ours      $1,500  Lincoln High gym for the health fair
      2026-04-18  volunteer-hours  partner     96 h  Job-shadowing days for 32 students
      2026-07-20  staff-hours      partner    120 h  Summer health-teacher training, five days
      2026-08-17  funding          partner  $34,000  Nurse educator position, fall semester
      2026-08-17  in-kind          partner   $6,000  Simulation lab space for the CNA course, fall semester
      2026-09-30  staff-hours      ours       150 h  Health-course teachers co-teaching with the nurse educator

    Wins
      DATE        WIN
      2026-06-10  Twelve Lincoln High seniors earned their CNA certification in the hospital's simulation lab
      2026-09-25  The hospital renewed the nurse educator position for a third year
    ");
    insta::assert_snapshot!(p(&["--format", "markdown"]), @"
    # Riverside Regional Hospital

    _partnership report · riverside-hospital · as of 2026-11-23_

    ## Profile

    |  |  |
    |---|---|
    | **Type** | health |
    | **Stage** | active |
    | **Partner since** | 2019-09-01 |
    | **Cadence** | monthly |
    | **Focus** | health education, teacher training, job shadowing |
    | **Tags** | anchor, funder |
    | **Website** | https://riversidehealth.example.org |
    | **Agreement** | MOU, signed 2024-07-01, ends 2027-06-30 (in 7 months) |
    | **Next check-in** | 2026-12-10 (in 17 days) |

    ## Roles

    | Side | Role | Person | Responsibilities |
    |---|---|---|---|
    | ours | Liaison | Dana Whitfield | Schedule the monthly check-in; Share attendance and health-course data each quarter |
    | ours | Executive sponsor | Dr. Angela Ruiz | Approve classroom access for hospital staff |
    | partner | Liaison | Dr. Maya Chen | Fund the nurse educator position; Run the summer health-teacher training; Host job-shadowing days |
    | partner | Executive sponsor | Mark Ellison | Secure the annual community-benefit budget |

    ## Quarter by quarter

    | Quarter | Check-ins | Actions opened | Closed | Partner gave | We gave | Wins |
    |---|---:|---:|---:|---:|---:|---:|
    | FY2026-Q2 | 1 | 1 | 0 | $1,339.60 | $0 | 0 |
    | FY2026-Q3 | 3 | 2 | 2 | $42,143.36 | $1,500 | 0 |
    | FY2026-Q4 | 3 | 2 | 3 | $3,215.04 | $0 | 1 |
    | FY2027-Q1 | 2 | 1 | 0 | $44,018.80 | $5,023.50 | 1 |
    | FY2027-Q2 | 2 | 1 | 0 | $0 | $0 | 0 |

    ## Goals

    | Goal | Baseline | Target | Due | Progress | Status |
    |---|---:|---:|---|---|---|
    | Train 70 health teachers with the hospital | 14 teachers | 70 teachers | 2027-08-15 | `███████░░░ 78%` | on-track |

    | 78% of the way from 14 teachers to 70 teachers, with 75% of the time to 2027-08-15 gone (on track from 65%) |  |  |
    |---|---|---:|
    | 2024-11-08 | `█████░░░░░░░░░░░░░░░` | 17 teachers |
    | 2025-02-21 | `██████░░░░░░░░░░░░░░` | 20 teachers |
    | 2025-06-27 | `█████████░░░░░░░░░░░` | 33 teachers |
    | 2025-08-08 | `███████████░░░░░░░░░` | 38 teachers |
    | 2025-11-07 | `████████████░░░░░░░░` | 41 teachers |
    | 2026-02-20 | `████████████░░░░░░░░` | 43 teachers |
    | 2026-06-26 | `███████████████░░░░░` | 52 teachers |
    | 2026-08-07 | `████████████████░░░░` | 56 teachers |
    | 2026-10-09 | `█████████████████░░░` | 58 teachers |

    ## Check-ins

    | Date | Kind | Summary | Rating |
    |---|---|---|---|
    | 2026-11-12 | meeting | Fall numbers look good; shadowing is waiting on the updated consent form | 4/5 |
    | 2026-10-08 | call | Checked on the consent form and the fall attendance report | - |
    | 2026-09-10 | meeting | Fall kickoff: job-shadowing expands to 30 students; consent form needs an update | 4/5 |
    | 2026-07-22 | event | Visited the summer health-teacher training: 38 teachers in the room | - |
    | 2026-06-25 | review | Year-end review: nurse educator funded for 2026-27; goals set for next year | 5/5 |
    | 2026-05-14 | meeting | Job shadowing wrap-up: 23 of 24 students completed; budget decision pending | 4/5 |
    | 2026-04-16 | call | Summer training dates set for July 20-24; mental-health first aid added | - |
    | 2026-03-12 | review | Mid-year review: health-course pass rate up 6 points, fair drew 410 families | 5/5 |
    | 2026-02-12 | meeting | Job-shadowing roster for spring: 24 juniors across four departments | 4/5 |
    | 2026-01-15 | call | Health fair logistics; Lincoln High auditorium requested for March 6 | - |
    | 2025-12-11 | meeting | Planned the spring health fair and the nurse educator's second semester | 4/5 |

    ## Action items

    _reliability: ours 100% (3 of 3 on time) · partner 33% (1 of 3 on time)_

    | Action item | Owner | Side | Due | State |
    |---|---|---|---|---|
    | Book the Lincoln High auditorium for the health fair | Dana Whitfield | ours | 2026-01-30 | done 2026-01-22 |
    | Send the job-shadowing consent forms to families | Dana Whitfield | ours | 2026-02-27 | done 2026-02-25 |
    | Send attendance data by grade for the budget review | Dana Whitfield | ours | 2026-04-03 | done 2026-04-02 |
    | Confirm the trainers for the mental-health first aid day | Dr. Maya Chen | partner | 2026-05-15 | done 2026-05-12 |
    | Confirm the nurse educator budget for 2026-27 | Mark Ellison | partner | 2026-05-31 | done 2026-06-19 |
    | Send the updated job-shadowing consent form | Dr. Maya Chen | partner | 2026-11-06 | overdue since 2026-11-06 |
    | Share fall attendance and health-course data | Dana Whitfield | ours | 2026-12-15 | open |

    ## Evaluations

    | Date | Instrument | Side | Overall | Band |  |
    |---|---|---|---:|---|---|
    | 2025-10-14 | accord | ours | 4.1 | strength |  |
    | 2025-10-21 | accord | partner | 3.7 | borderline |  |
    | 2026-10-13 | accord | ours | 4.2 | strength |  |
    | 2026-10-20 | accord | partner | 3.8 | borderline |  |

    ## What stakeholders say

    _results of fewer than 5 respondents are not shown, so no one can be recognised_

    | Survey | Asked | Responses | Overall | Strongest | Weakest |
    |---|---|---|---:|---|---|
    | Teachers on the hospital partnership | Riverside Regional Hospital · teachers, closed 2026-10-30 | 19 responses of 28 invited (68%) | 3.9 borderline | Value to students 4.6, Trust and respect 4.2 | Communication 3.2, Flexibility and sustainability 3.4 |

    ## Contributions

    _in all: partner $90,716.80 (93%) · ours $6,523.50 (7%) · hours valued at $33.49 an hour_

    | Date | Kind | Side | Amount | Note |
    |---|---|---|---:|---|
    | 2025-12-05 | volunteer-hours | partner | 40 h | Nurses at the flu-shot clinic at Lincoln High |
    | 2026-01-12 | funding | partner | $34,000 | Nurse educator position, spring semester |
    | 2026-01-12 | in-kind | partner | $6,000 | Simulation lab space for the CNA course, spring semester |
    | 2026-02-07 | volunteer-hours | partner | 64 h | Nurses and techs staffing the spring health fair |
    | 2026-02-07 | facilities | ours | $1,500 | Lincoln High gym for the health fair |
    | 2026-04-18 | volunteer-hours | partner | 96 h | Job-shadowing days for 32 students |
    | 2026-07-20 | staff-hours | partner | 120 h | Summer health-teacher training, five days |
    | 2026-08-17 | funding | partner | $34,000 | Nurse educator position, fall semester |
    | 2026-08-17 | in-kind | partner | $6,000 | Simulation lab space for the CNA course, fall semester |
    | 2026-09-30 | staff-hours | ours | 150 h | Health-course teachers co-teaching with the nurse educator |

    ## Wins

    | Date | Win |
    |---|---|
    | 2026-06-10 | Twelve Lincoln High seniors earned their CNA certification in the hospital's simulation lab |
    | 2026-09-25 | The hospital renewed the nurse educator position for a third year |
    ");
    insta::assert_snapshot!(p(&["--format", "json"]), @r#"
    {
      "as_of": "2026-11-23",
      "partner": {
        "name": "Riverside Regional Hospital",
        "type": "health",
        "stage": "active",
        "since": "2019-09-01",
        "cadence": "monthly",
        "focus": [
          "health education",
          "teacher training",
          "job shadowing"
        ],
        "tags": [
          "anchor",
          "funder"
        ],
        "website": "https://riversidehealth.example.org",
        "agreement": {
          "kind": "MOU",
          "signed": "2024-07-01",
          "ends": "2027-06-30",
          "notes": "Renews for three years on mutual consent; budget for the nurse educator is reviewed each spring."
        },
        "contact": [
          {
            "name": "Dr. Maya Chen",
            "title": "Director of Community Health",
            "email": "mchen@riversidehealth.example.org",
            "phone": "555-0142"
          },
          {
            "name": "Luis Park",
            "title": "Volunteer Coordinator",
            "email": "lpark@riversidehealth.example.org"
          }
        ],
        "role": [
          {
            "side": "ours",
            "title": "Liaison",
            "person": "Dana Whitfield",
            "email": "dwhitfield@riversideusd.example.org",
            "resp": [
              "Schedule the monthly check-in",
              "Share attendance and health-course data each quarter"
            ]
          },
          {
            "side": "ours",
            "title": "Executive sponsor",
            "person": "Dr. Angela Ruiz",
            "resp": [
              "Approve classroom access for hospital staff"
            ]
          },
          {
            "side": "partner",
            "title": "Liaison",
            "person": "Dr. Maya Chen",
            "email": "mchen@riversidehealth.example.org",
            "resp": [
              "Fund the nurse educator position",
              "Run the summer health-teacher training",
              "Host job-shadowing days"
            ]
          },
          {
            "side": "partner",
            "title": "Executive sponsor",
            "person": "Mark Ellison",
            "resp": [
              "Secure the annual community-benefit budget"
            ]
          }
        ],
        "checkin": [
          {
            "id": "zab5rrb1",
            "date": "2025-12-11",
            "kind": "meeting",
            "attendees": [
              "Dana Whitfield",
              "Dr. Maya Chen"
            ],
            "summary": "Planned the spring health fair and the nurse educator's second semester",
            "topics": [
              "goals",
              "resources"
            ],
            "rating": 4,
            "by": "Dana Whitfield"
          },
          {
            "id": "46vh73jn",
            "date": "2026-01-15",
            "kind": "call",
            "attendees": [
              "Dana Whitfield",
              "Dr. Maya Chen"
            ],
            "summary": "Health fair logistics; Lincoln High auditorium requested for March 6",
            "topics": [
              "progress"
            ],
            "by": "Dana Whitfield"
          },
          {
            "id": "xm23h3yf",
            "date": "2026-02-12",
            "kind": "meeting",
            "attendees": [
              "Dana Whitfield",
              "Dr. Maya Chen",
              "Luis Park"
            ],
            "summary": "Job-shadowing roster for spring: 24 juniors across four departments",
            "notes": "Luis will pair each student with a unit and needs the consent forms two weeks ahead.\nRadiology can take only two students per day.",
            "topics": [
              "progress",
              "challenges"
            ],
            "rating": 4,
            "by": "Dana Whitfield"
          },
          {
            "id": "cy7mtsqt",
            "date": "2026-03-12",
            "kind": "review",
            "attendees": [
              "Dana Whitfield",
              "Dr. Angela Ruiz",
              "Dr. Maya Chen",
              "Mark Ellison"
            ],
            "summary": "Mid-year review: health-course pass rate up 6 points, fair drew 410 families",
            "notes": "Reviewed the mid-year numbers together.\n\n- Health-course pass rate at Lincoln High is 84%, up from 78% last spring.\n- The health fair drew about 410 families; the flu clinic gave 130 shots.\n- Mark asked for the attendance data broken out by grade for the budget review.\n- Both sides want the summer teacher training to add a mental-health first aid day.",
            "topics": [
              "goals",
              "progress",
              "data",
              "adjustments"
            ],
            "rating": 5,
            "by": "Dana Whitfield"
          },
          {
            "id": "s3gkk83n",
            "date": "2026-04-16",
            "kind": "call",
            "attendees": [
              "Dana Whitfield",
              "Dr. Maya Chen"
            ],
            "summary": "Summer training dates set for July 20-24; mental-health first aid added",
            "topics": [
              "adjustments"
            ],
            "by": "Dana Whitfield"
          },
          {
            "id": "szeh0vxk",
            "date": "2026-05-14",
            "kind": "meeting",
            "attendees": [
              "Dana Whitfield",
              "Dr. Maya Chen",
              "Luis Park"
            ],
            "summary": "Job shadowing wrap-up: 23 of 24 students completed; budget decision pending",
            "notes": "One student withdrew for a schedule conflict. Students rated the experience 4.6 of 5.\nThe nurse educator budget is still waiting on the hospital board.",
            "topics": [
              "progress",
              "data",
              "challenges"
            ],
            "rating": 4,
            "by": "Dana Whitfield"
          },
          {
            "id": "bcywat28",
            "date": "2026-06-25",
            "kind": "review",
            "attendees": [
              "Dana Whitfield",
              "Dr. Angela Ruiz",
              "Dr. Maya Chen",
              "Mark Ellison"
            ],
            "summary": "Year-end review: nurse educator funded for 2026-27; goals set for next year",
            "notes": "The board approved the nurse educator position for another year.\nGoals for 2026-27: keep the pass rate above 82%, 30 job-shadowing placements, 40 teachers trained.",
            "topics": [
              "goals",
              "progress",
              "resources"
            ],
            "rating": 5,
            "by": "Dana Whitfield"
          },
          {
            "id": "g7vfnajg",
            "date": "2026-07-22",
            "kind": "event",
            "attendees": [
              "Dana Whitfield",
              "Dr. Maya Chen"
            ],
            "summary": "Visited the summer health-teacher training: 38 teachers in the room",
            "topics": [
              "progress"
            ],
            "by": "Dana Whitfield"
          },
          {
            "id": "nsbvkd1s",
            "date": "2026-09-10",
            "kind": "meeting",
            "attendees": [
              "Dana Whitfield",
              "Dr. Maya Chen",
              "Luis Park"
            ],
            "summary": "Fall kickoff: job-shadowing expands to 30 students; consent form needs an update",
            "notes": "Luis wants the consent form to cover the new pharmacy placements before any student starts.",
            "topics": [
              "goals",
              "adjustments"
            ],
            "rating": 4,
            "by": "Dana Whitfield"
          },
          {
            "id": "e2z4e63n",
            "date": "2026-10-08",
            "kind": "call",
            "attendees": [
              "Dana Whitfield",
              "Dr. Maya Chen"
            ],
            "summary": "Checked on the consent form and the fall attendance report",
            "topics": [
              "progress",
              "data"
            ],
            "by": "Dana Whitfield"
          },
          {
            "id": "1sxfczcf",
            "date": "2026-11-12",
            "kind": "meeting",
            "attendees": [
              "Dana Whitfield",
              "Dr. Maya Chen",
              "Luis Park"
            ],
            "summary": "Fall numbers look good; shadowing is waiting on the updated consent form",
            "notes": "Fall health-course pass rate is tracking at 85%.\nShadowing placements cannot start until the new consent form is out; Maya will chase legal.",
            "topics": [
              "progress",
              "data",
              "challenges"
            ],
            "rating": 4,
            "next": "2026-12-10",
            "by": "Dana Whitfield"
          }
        ],
        "action": [
          {
            "id": "sngkh1mn",
            "text": "Book the Lincoln High auditorium for the health fair",
            "owner": "Dana Whitfield",
            "side": "ours",
            "due": "2026-01-30",
            "done": "2026-01-22",
            "checkin": "zab5rrb1",
            "created": "2025-12-11",
            "by": "Dana Whitfield"
          },
          {
            "id": "pdmx9qr2",
            "text": "Send the job-shadowing consent forms to families",
            "owner": "Dana Whitfield",
            "side": "ours",
            "due": "2026-02-27",
            "done": "2026-02-25",
            "checkin": "xm23h3yf",
            "created": "2026-02-12",
            "by": "Dana Whitfield"
          },
          {
            "id": "6t5m87nc",
            "text": "Send attendance data by grade for the budget review",
            "owner": "Dana Whitfield",
            "side": "ours",
            "due": "2026-04-03",
            "done": "2026-04-02",
            "checkin": "cy7mtsqt",
            "created": "2026-03-12",
            "by": "Dana Whitfield"
          },
          {
            "id": "mtm5f1cj",
            "text": "Confirm the trainers for the mental-health first aid day",
            "owner": "Dr. Maya Chen",
            "side": "partner",
            "due": "2026-05-15",
            "done": "2026-05-12",
            "checkin": "s3gkk83n",
            "created": "2026-04-16",
            "by": "Dana Whitfield"
          },
          {
            "id": "35hdv77r",
            "text": "Confirm the nurse educator budget for 2026-27",
            "owner": "Mark Ellison",
            "side": "partner",
            "due": "2026-05-31",
            "done": "2026-06-19",
            "checkin": "szeh0vxk",
            "created": "2026-05-14",
            "by": "Dana Whitfield"
          },
          {
            "id": "vdj1jt8b",
            "text": "Send the updated job-shadowing consent form",
            "owner": "Dr. Maya Chen",
            "side": "partner",
            "due": "2026-11-06",
            "checkin": "nsbvkd1s",
            "created": "2026-09-10",
            "by": "Dana Whitfield"
          },
          {
            "id": "haw9gpez",
            "text": "Share fall attendance and health-course data",
            "owner": "Dana Whitfield",
            "side": "ours",
            "due": "2026-12-15",
            "checkin": "1sxfczcf",
            "created": "2026-11-12",
            "by": "Dana Whitfield"
          }
        ],
        "evaluation": [
          {
            "id": "ka0xgkz0",
            "date": "2025-10-14",
            "instrument": "accord",
            "side": "ours",
            "by": "Dana Whitfield",
            "scores": {
              "communication": 4.0,
              "flexibility": 4.0,
              "investment": 4.0,
              "roles": 4.0,
              "trust": 4.0,
              "value": 5.0,
              "vision": 4.0
            }
          },
          {
            "id": "cbws60m3",
            "date": "2025-10-21",
            "instrument": "accord",
            "side": "partner",
            "by": "Dr. Maya Chen",
            "scores": {
              "communication": 4.0,
              "flexibility": 3.0,
              "investment": 2.0,
              "roles": 4.0,
              "trust": 4.0,
              "value": 5.0,
              "vision": 4.0
            },
            "comments": {
              "investment": "The hospital carries the nurse educator salary and the lab; we would like the district to share more of the cost."
            }
          },
          {
            "id": "srj1she0",
            "date": "2025-10-14",
            "instrument": "accord",
            "side": "ours",
            "by": "Dr. Angela Ruiz",
            "scores": {
              "communication": 3.5,
              "flexibility": 3.5,
              "investment": 4.0,
              "roles": 4.0,
              "trust": 4.0,
              "value": 5.0,
              "vision": 4.0
            }
          },
          {
            "id": "r7zwbmze",
            "date": "2026-10-13",
            "instrument": "accord",
            "side": "ours",
            "by": "Dana Whitfield",
            "scores": {
              "communication": 4.0,
              "flexibility": 4.0,
              "investment": 4.0,
              "roles": 4.0,
              "trust": 4.0,
              "value": 5.0,
              "vision": 4.5
            },
            "comments": {
              "investment": "Both sides give what they can: we host the classes and share the data."
            },
            "note": "Strongest year yet for students; the CNA cohort doubled."
          },
          {
            "id": "tec21mre",
            "date": "2026-10-20",
            "instrument": "accord",
            "side": "partner",
            "by": "Dr. Maya Chen",
            "scores": {
              "communication": 4.0,
              "flexibility": 3.5,
              "investment": 2.0,
              "roles": 4.0,
              "trust": 4.0,
              "value": 5.0,
              "vision": 4.0
            },
            "comments": {
              "investment": "Still one-sided: the budget committee asks every spring what the district puts in."
            }
          }
        ],
        "contribution": [
          {
            "id": "nhy27044",
            "date": "2025-12-05",
            "kind": "volunteer-hours",
            "amount": 40.0,
            "side": "partner",
            "note": "Nurses at the flu-shot clinic at Lincoln High"
          },
          {
            "id": "sjvqdb1w",
            "date": "2026-01-12",
            "kind": "funding",
            "amount": 34000.0,
            "side": "partner",
            "note": "Nurse educator position, spring semester"
          },
          {
            "id": "1bz1te5r",
            "date": "2026-01-12",
            "kind": "in-kind",
            "amount": 6000.0,
            "side": "partner",
            "note": "Simulation lab space for the CNA course, spring semester"
          },
          {
            "id": "s93xmasz",
            "date": "2026-02-07",
            "kind": "volunteer-hours",
            "amount": 64.0,
            "side": "partner",
            "note": "Nurses and techs staffing the spring health fair"
          },
          {
            "id": "ykhkd1n4",
            "date": "2026-02-07",
            "kind": "facilities",
            "amount": 1500.0,
            "side": "ours",
            "note": "Lincoln High gym for the health fair"
          },
          {
            "id": "9ss4dm63",
            "date": "2026-04-18",
            "kind": "volunteer-hours",
            "amount": 96.0,
            "side": "partner",
            "note": "Job-shadowing days for 32 students"
          },
          {
            "id": "5k2ge2wk",
            "date": "2026-07-20",
            "kind": "staff-hours",
            "amount": 120.0,
            "side": "partner",
            "note": "Summer health-teacher training, five days"
          },
          {
            "id": "mdkbmpnr",
            "date": "2026-08-17",
            "kind": "funding",
            "amount": 34000.0,
            "side": "partner",
            "note": "Nurse educator position, fall semester"
          },
          {
            "id": "q3g241ke",
            "date": "2026-08-17",
            "kind": "in-kind",
            "amount": 6000.0,
            "side": "partner",
            "note": "Simulation lab space for the CNA course, fall semester"
          },
          {
            "id": "xxyy16dr",
            "date": "2026-09-30",
            "kind": "staff-hours",
            "amount": 150.0,
            "side": "ours",
            "note": "Health-course teachers co-teaching with the nurse educator"
          }
        ],
        "win": [
          {
            "id": "jzvdf1b1",
            "date": "2026-06-10",
            "text": "Twelve Lincoln High seniors earned their CNA certification in the hospital's simulation lab",
            "tags": [
              "students",
              "board-report"
            ]
          },
          {
            "id": "nbm40wy0",
            "date": "2026-09-25",
            "text": "The hospital renewed the nurse educator position for a third year",
            "tags": [
              "funding"
            ]
          }
        ]
      },
      "id": "riverside-hospital",
      "checkin_due": {
        "cadence": "monthly",
        "last_contact": "2026-11-12",
        "next_due": "2026-12-10",
        "basis": "planned",
        "days": -17,
        "state": "current"
      },
      "reliability_ours": {
        "came_due": 3,
        "on_time": 3,
        "share": 1.0
      },
      "reliability_partner": {
        "came_due": 3,
        "on_time": 1,
        "share": 0.3333333333333333
      },
      "contributions": {
        "ours": 6523.5,
        "partner": 90716.8,
        "valued_hours": 470.0,
        "unvalued_hours": 0.0
      },
      "goals": [
        {
          "id": "health-teachers-trained",
          "title": "Train 70 health teachers with the hospital",
          "unit": "teachers",
          "baseline": 14.0,
          "target": 70.0,
          "due": "2027-08-15",
          "status": "on-track",
          "reason": "78% of the way from 14 teachers to 70 teachers, with 75% of the time to 2027-08-15 gone (on track from 65%)",
          "progress": 78.57142857142857,
          "series": [
            {
              "date": "2024-11-08",
              "value": 17.0
            },
            {
              "date": "2025-02-21",
              "value": 20.0
            },
            {
              "date": "2025-06-27",
              "value": 33.0
            },
            {
              "date": "2025-08-08",
              "value": 38.0
            },
            {
              "date": "2025-11-07",
              "value": 41.0
            },
            {
              "date": "2026-02-20",
              "value": 43.0
            },
            {
              "date": "2026-06-26",
              "value": 52.0
            },
            {
              "date": "2026-08-07",
              "value": 56.0
            },
            {
              "date": "2026-10-09",
              "value": 58.0
            }
          ]
        }
      ],
      "evaluations": [
        {
          "date": "2025-10-14",
          "side": "ours",
          "ids": [
            "ka0xgkz0",
            "srj1she0"
          ],
          "by": [
            "Dana Whitfield",
            "Dr. Angela Ruiz"
          ],
          "scores": {
            "communication": 3.75,
            "flexibility": 3.75,
            "investment": 4.0,
            "roles": 4.0,
            "trust": 4.0,
            "value": 5.0,
            "vision": 4.0
          },
          "partial": false,
          "overall": 4.071428571428571
        },
        {
          "date": "2025-10-21",
          "side": "partner",
          "ids": [
            "cbws60m3"
          ],
          "by": [
            "Dr. Maya Chen"
          ],
          "scores": {
            "communication": 4.0,
            "flexibility": 3.0,
            "investment": 2.0,
            "roles": 4.0,
            "trust": 4.0,
            "value": 5.0,
            "vision": 4.0
          },
          "partial": false,
          "overall": 3.7142857142857144
        },
        {
          "date": "2026-10-13",
          "side": "ours",
          "ids": [
            "r7zwbmze"
          ],
          "by": [
            "Dana Whitfield"
          ],
          "scores": {
            "communication": 4.0,
            "flexibility": 4.0,
            "investment": 4.0,
            "roles": 4.0,
            "trust": 4.0,
            "value": 5.0,
            "vision": 4.5
          },
          "partial": false,
          "overall": 4.214285714285714
        },
        {
          "date": "2026-10-20",
          "side": "partner",
          "ids": [
            "tec21mre"
          ],
          "by": [
            "Dr. Maya Chen"
          ],
          "scores": {
            "communication": 4.0,
            "flexibility": 3.5,
            "investment": 2.0,
            "roles": 4.0,
            "trust": 4.0,
            "value": 5.0,
            "vision": 4.0
          },
          "partial": false,
          "overall": 3.7857142857142856
        }
      ],
      "quarters": [
        {
          "quarter": "FY2026-Q2",
          "checkins": 1,
          "actions_opened": 1,
          "actions_closed": 0,
          "contributions_ours": 0.0,
          "contributions_partner": 1339.6,
          "wins": 0
        },
        {
          "quarter": "FY2026-Q3",
          "checkins": 3,
          "actions_opened": 2,
          "actions_closed": 2,
          "contributions_ours": 1500.0,
          "contributions_partner": 42143.36,
          "wins": 0
        },
        {
          "quarter": "FY2026-Q4",
          "checkins": 3,
          "actions_opened": 2,
          "actions_closed": 3,
          "contributions_ours": 0.0,
          "contributions_partner": 3215.04,
          "wins": 1
        },
        {
          "quarter": "FY2027-Q1",
          "checkins": 2,
          "actions_opened": 1,
          "actions_closed": 0,
          "contributions_ours": 5023.5,
          "contributions_partner": 44018.8,
          "wins": 1
        },
        {
          "quarter": "FY2027-Q2",
          "checkins": 2,
          "actions_opened": 1,
          "actions_closed": 0,
          "contributions_ours": 0.0,
          "contributions_partner": 0.0,
          "wins": 0
        }
      ],
      "surveys": [
        {
          "survey": "hospital-teachers",
          "title": "Teachers on the hospital partnership",
          "instrument": "accord",
          "groups": [
            "teachers"
          ],
          "partners": [
            "riverside-hospital"
          ],
          "partner_names": [
            "Riverside Regional Hospital"
          ],
          "opens": "2026-10-01",
          "closes": "2026-10-30",
          "state": "closed",
          "responses": 19,
          "invited": 28,
          "rate": 0.6785714285714286,
          "partner": null,
          "partner_responses": null,
          "hidden": null,
          "overall": 3.89,
          "band": "borderline",
          "strongest": [
            {
              "key": "value",
              "title": "Value to students",
              "mean": 4.63,
              "band": "strength"
            },
            {
              "key": "trust",
              "title": "Trust and respect",
              "mean": 4.16,
              "band": "strength"
            }
          ],
          "weakest": [
            {
              "key": "communication",
              "title": "Communication",
              "mean": 3.16,
              "band": "borderline"
            },
            {
              "key": "flexibility",
              "title": "Flexibility and sustainability",
              "mean": 3.39,
              "band": "borderline"
            }
          ],
          "differences": []
        }
      ]
    }
    "#);
    insta::assert_snapshot!(p(&["--format", "csv"]), @"
    partner,quarter,checkins,actions_opened,actions_closed,contributions_partner,contributions_ours,wins
    riverside-hospital,FY2026-Q2,1,1,0,1339.6,0,0
    riverside-hospital,FY2026-Q3,3,2,2,42143.36,1500,0
    riverside-hospital,FY2026-Q4,3,2,3,3215.04,0,1
    riverside-hospital,FY2027-Q1,2,1,0,44018.8,5023.5,1
    riverside-hospital,FY2027-Q2,2,1,0,0,0,0
    ");
    insta::assert_snapshot!(p(&["--format", "csv", "--section", "quarters"]), @"
    partner,quarter,checkins,actions_opened,actions_closed,contributions_partner,contributions_ours,wins
    riverside-hospital,FY2026-Q2,1,1,0,1339.6,0,0
    riverside-hospital,FY2026-Q3,3,2,2,42143.36,1500,0
    riverside-hospital,FY2026-Q4,3,2,3,3215.04,0,1
    riverside-hospital,FY2027-Q1,2,1,0,44018.8,5023.5,1
    riverside-hospital,FY2027-Q2,2,1,0,0,0,0
    ");
    insta::assert_snapshot!(p(&["--format", "csv", "--section", "checkins"]), @r#"
    partner,id,date,kind,summary,rating
    riverside-hospital,zab5rrb1,2025-12-11,meeting,Planned the spring health fair and the nurse educator's second semester,4
    riverside-hospital,46vh73jn,2026-01-15,call,Health fair logistics; Lincoln High auditorium requested for March 6,
    riverside-hospital,xm23h3yf,2026-02-12,meeting,Job-shadowing roster for spring: 24 juniors across four departments,4
    riverside-hospital,cy7mtsqt,2026-03-12,review,"Mid-year review: health-course pass rate up 6 points, fair drew 410 families",5
    riverside-hospital,s3gkk83n,2026-04-16,call,Summer training dates set for July 20-24; mental-health first aid added,
    riverside-hospital,szeh0vxk,2026-05-14,meeting,Job shadowing wrap-up: 23 of 24 students completed; budget decision pending,4
    riverside-hospital,bcywat28,2026-06-25,review,Year-end review: nurse educator funded for 2026-27; goals set for next year,5
    riverside-hospital,g7vfnajg,2026-07-22,event,Visited the summer health-teacher training: 38 teachers in the room,
    riverside-hospital,nsbvkd1s,2026-09-10,meeting,Fall kickoff: job-shadowing expands to 30 students; consent form needs an update,4
    riverside-hospital,e2z4e63n,2026-10-08,call,Checked on the consent form and the fall attendance report,
    riverside-hospital,1sxfczcf,2026-11-12,meeting,Fall numbers look good; shadowing is waiting on the updated consent form,4
    "#);
    insta::assert_snapshot!(p(&["--format", "csv", "--section", "actions"]), @"
    partner,id,text,owner,side,due,done
    riverside-hospital,sngkh1mn,Book the Lincoln High auditorium for the health fair,Dana Whitfield,ours,2026-01-30,2026-01-22
    riverside-hospital,pdmx9qr2,Send the job-shadowing consent forms to families,Dana Whitfield,ours,2026-02-27,2026-02-25
    riverside-hospital,6t5m87nc,Send attendance data by grade for the budget review,Dana Whitfield,ours,2026-04-03,2026-04-02
    riverside-hospital,mtm5f1cj,Confirm the trainers for the mental-health first aid day,Dr. Maya Chen,partner,2026-05-15,2026-05-12
    riverside-hospital,35hdv77r,Confirm the nurse educator budget for 2026-27,Mark Ellison,partner,2026-05-31,2026-06-19
    riverside-hospital,vdj1jt8b,Send the updated job-shadowing consent form,Dr. Maya Chen,partner,2026-11-06,
    riverside-hospital,haw9gpez,Share fall attendance and health-course data,Dana Whitfield,ours,2026-12-15,
    ");
    insta::assert_snapshot!(p(&["--format", "csv", "--section", "evaluations"]), @"
    partner,date,side,overall,partial
    riverside-hospital,2025-10-14,ours,4.1,false
    riverside-hospital,2025-10-21,partner,3.7,false
    riverside-hospital,2026-10-13,ours,4.2,false
    riverside-hospital,2026-10-20,partner,3.8,false
    ");
    insta::assert_snapshot!(p(&["--format", "csv", "--section", "contributions"]), @r#"
    partner,id,date,kind,side,amount,value,note
    riverside-hospital,nhy27044,2025-12-05,volunteer-hours,partner,40,1339.6,Nurses at the flu-shot clinic at Lincoln High
    riverside-hospital,sjvqdb1w,2026-01-12,funding,partner,34000,34000,"Nurse educator position, spring semester"
    riverside-hospital,1bz1te5r,2026-01-12,in-kind,partner,6000,6000,"Simulation lab space for the CNA course, spring semester"
    riverside-hospital,s93xmasz,2026-02-07,volunteer-hours,partner,64,2143.36,Nurses and techs staffing the spring health fair
    riverside-hospital,ykhkd1n4,2026-02-07,facilities,ours,1500,1500,Lincoln High gym for the health fair
    riverside-hospital,9ss4dm63,2026-04-18,volunteer-hours,partner,96,3215.04,Job-shadowing days for 32 students
    riverside-hospital,5k2ge2wk,2026-07-20,staff-hours,partner,120,4018.8,"Summer health-teacher training, five days"
    riverside-hospital,mdkbmpnr,2026-08-17,funding,partner,34000,34000,"Nurse educator position, fall semester"
    riverside-hospital,q3g241ke,2026-08-17,in-kind,partner,6000,6000,"Simulation lab space for the CNA course, fall semester"
    riverside-hospital,xxyy16dr,2026-09-30,staff-hours,ours,150,5023.5,Health-course teachers co-teaching with the nurse educator
    "#);
    insta::assert_snapshot!(p(&["--format", "csv", "--section", "wins"]), @"
    partner,id,date,text,tags
    riverside-hospital,jzvdf1b1,2026-06-10,Twelve Lincoln High seniors earned their CNA certification in the hospital's simulation lab,students; board-report
    riverside-hospital,nbm40wy0,2026-09-25,The hospital renewed the nurse educator position for a third year,funding
    ");
    insta::assert_snapshot!(p(&["--format", "html"]), @r#"
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Riverside Regional Hospital · partnership report · riverside-hospital · as of 2026-11-23</title>
    <style>
      :root {
        --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --panel: #f5f7fa;
        --good: #2f855a; --warn: #b7791f; --bad: #c53030; --accent: #2b6cb0;
      }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
             color: var(--ink); background: #fff; }
      main { max-width: 1100px; margin: 0 auto; padding: 32px 28px 48px; }
      header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
      h1 { margin: 0; font-size: 28px; }
      .subtitle { color: var(--muted); margin-top: 4px; }
      h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
      .note { color: var(--muted); font-size: 13px; margin: -4px 0 10px; }
      .stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; }
      .stat { background: var(--panel); border-radius: 8px; padding: 12px 14px; }
      .stat .label { color: var(--muted); font-size: 13px; }
      .stat .value { font-size: 26px; font-weight: 650; margin: 2px 0; }
      .stat .change, .stat .detail { font-size: 12.5px; }
      .stat .detail { color: var(--muted); }
      .stat .spark { display: block; margin: 4px 0 2px; }
      .spark polyline { fill: none; stroke: var(--accent); stroke-width: 1.5; stroke-linejoin: round; }
      .spark circle { fill: var(--accent); }
      table { width: 100%; border-collapse: collapse; font-size: 13.5px; margin: 6px 0 12px; }
      th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .03em;
           color: var(--muted); border-bottom: 2px solid var(--line); padding: 6px 8px; }
      td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      .progress { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; }
      .chart { margin: 8px 0 16px; }
      .chart h3 { font-size: 13px; color: var(--muted); font-weight: 600; margin: 0 0 6px; }
      .bar-row { display: grid; grid-template-columns: minmax(140px, 30%) 1fr 11em;
                 gap: 10px; align-items: center; font-size: 13.5px; padding: 2px 0; }
      .bar-row .text { text-align: right; font-variant-numeric: tabular-nums; }
      .tone-good { color: var(--good); } .tone-warn { color: var(--warn); }
      .tone-bad { color: var(--bad); font-weight: 600; } .tone-dim { color: var(--muted); }
      .tone-strong { font-weight: 650; }
      svg .track { fill: var(--line); }
      svg .fill-plain, svg .fill-strong, svg .fill-dim { fill: var(--accent); }
      svg .fill-good { fill: var(--good); } svg .fill-warn { fill: var(--warn); }
      svg .fill-bad { fill: var(--bad); }
      dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 6px 0; }
      dl.fields dt { color: var(--muted); } dl.fields dd { margin: 0; }
      footer { margin-top: 36px; color: var(--muted); font-size: 12px; }
      @media print {
        main { max-width: none; padding: 0; }
        body { font-size: 11pt; }
        h2 { break-after: avoid; }
        table, .chart, .stats { break-inside: avoid; }
        .stat { border: 1px solid var(--line); background: none; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
    </style>
    </head>
    <body>
    <main>
    <header>
      <h1>Riverside Regional Hospital</h1>
      <div class="subtitle">partnership report · riverside-hospital · as of 2026-11-23</div>
    </header>

    <section>
      <h2>Profile</h2>
      
      
      
      <dl class="fields">
        <dt>Type</dt><dd>health</dd><dt>Stage</dt><dd>active</dd><dt>Partner since</dt><dd>2019-09-01</dd><dt>Cadence</dt><dd>monthly</dd><dt>Focus</dt><dd>health education, teacher training, job shadowing</dd><dt>Tags</dt><dd>anchor, funder</dd><dt>Website</dt><dd>https:&#x2f;&#x2f;riversidehealth.example.org</dd><dt>Agreement</dt><dd>MOU, signed 2024-07-01, ends 2027-06-30 (in 7 months)</dd><dt>Next check-in</dt><dd>2026-12-10 (in 17 days)</dd>
      </dl>
      
      
    </section>

    <section>
      <h2>Roles</h2>
      
      
      
      <table>
        <thead><tr>
          <th>Side</th><th>Role</th><th>Person</th><th>Responsibilities</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">ours</td>
          
            <td class="tone-plain">Liaison</td>
          
            <td class="tone-plain">Dana Whitfield</td>
          
            <td class="tone-plain">Schedule the monthly check-in; Share attendance and health-course data each quarter</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">ours</td>
          
            <td class="tone-plain">Executive sponsor</td>
          
            <td class="tone-plain">Dr. Angela Ruiz</td>
          
            <td class="tone-plain">Approve classroom access for hospital staff</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">partner</td>
          
            <td class="tone-plain">Liaison</td>
          
            <td class="tone-plain">Dr. Maya Chen</td>
          
            <td class="tone-plain">Fund the nurse educator position; Run the summer health-teacher training; Host job-shadowing days</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">partner</td>
          
            <td class="tone-plain">Executive sponsor</td>
          
            <td class="tone-plain">Mark Ellison</td>
          
            <td class="tone-plain">Secure the annual community-benefit budget</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>Quarter by quarter</h2>
      
      
      
      <table>
        <thead><tr>
          <th>Quarter</th><th class="num">Check-ins</th><th class="num">Actions opened</th><th class="num">Closed</th><th class="num">Partner gave</th><th class="num">We gave</th><th class="num">Wins</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">FY2026-Q2</td>
          
            <td class="num tone-plain">1</td>
          
            <td class="num tone-plain">1</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="num tone-plain">$1,339.60</td>
          
            <td class="num tone-plain">$0</td>
          
            <td class="num tone-plain">0</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">FY2026-Q3</td>
          
            <td class="num tone-plain">3</td>
          
            <td class="num tone-plain">2</td>
          
            <td class="num tone-plain">2</td>
          
            <td class="num tone-plain">$42,143.36</td>
          
            <td class="num tone-plain">$1,500</td>
          
            <td class="num tone-plain">0</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">FY2026-Q4</td>
          
            <td class="num tone-plain">3</td>
          
            <td class="num tone-plain">2</td>
          
            <td class="num tone-plain">3</td>
          
            <td class="num tone-plain">$3,215.04</td>
          
            <td class="num tone-plain">$0</td>
          
            <td class="num tone-plain">1</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">FY2027-Q1</td>
          
            <td class="num tone-plain">2</td>
          
            <td class="num tone-plain">1</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="num tone-plain">$44,018.80</td>
          
            <td class="num tone-plain">$5,023.50</td>
          
            <td class="num tone-plain">1</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">FY2027-Q2</td>
          
            <td class="num tone-plain">2</td>
          
            <td class="num tone-plain">1</td>
          
            <td class="num tone-plain">0</td>
          
            <td class="num tone-plain">$0</td>
          
            <td class="num tone-plain">$0</td>
          
            <td class="num tone-plain">0</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>Goals</h2>
      
      
      
      <table>
        <thead><tr>
          <th>Goal</th><th class="num">Baseline</th><th class="num">Target</th><th>Due</th><th>Progress</th><th>Status</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">Train 70 health teachers with the hospital</td>
          
            <td class="num tone-plain">14 teachers</td>
          
            <td class="num tone-plain">70 teachers</td>
          
            <td class="tone-plain">2027-08-15</td>
          
            <td class="tone-good"><span class="progress"><svg width="90" height="10" viewBox="0 0 100 10" role="img" aria-label="78%"><rect class="track" width="100" height="10" rx="2"/><rect class="fill-good" width="78.57142857142857" height="10" rx="2"/></svg>78%</span></td>
          
            <td class="tone-good">on-track</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
      
      <div class="chart">
        <h3>78% of the way from 14 teachers to 70 teachers, with 75% of the time to 2027-08-15 gone (on track from 65%)</h3>
        
        <div class="bar-row">
          <div class="label">2024-11-08</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="2024-11-08: 17 teachers"><rect class="track" width="100" height="14"/><rect class="fill-plain" width="24.285714285714285" height="14"/></svg>
          <div class="text">17 teachers</div>
        </div>
        
        <div class="bar-row">
          <div class="label">2025-02-21</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="2025-02-21: 20 teachers"><rect class="track" width="100" height="14"/><rect class="fill-plain" width="28.57142857142857" height="14"/></svg>
          <div class="text">20 teachers</div>
        </div>
        
        <div class="bar-row">
          <div class="label">2025-06-27</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="2025-06-27: 33 teachers"><rect class="track" width="100" height="14"/><rect class="fill-plain" width="47.14285714285714" height="14"/></svg>
          <div class="text">33 teachers</div>
        </div>
        
        <div class="bar-row">
          <div class="label">2025-08-08</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="2025-08-08: 38 teachers"><rect class="track" width="100" height="14"/><rect class="fill-plain" width="54.285714285714285" height="14"/></svg>
          <div class="text">38 teachers</div>
        </div>
        
        <div class="bar-row">
          <div class="label">2025-11-07</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="2025-11-07: 41 teachers"><rect class="track" width="100" height="14"/><rect class="fill-plain" width="58.57142857142858" height="14"/></svg>
          <div class="text">41 teachers</div>
        </div>
        
        <div class="bar-row">
          <div class="label">2026-02-20</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="2026-02-20: 43 teachers"><rect class="track" width="100" height="14"/><rect class="fill-plain" width="61.42857142857143" height="14"/></svg>
          <div class="text">43 teachers</div>
        </div>
        
        <div class="bar-row">
          <div class="label">2026-06-26</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="2026-06-26: 52 teachers"><rect class="track" width="100" height="14"/><rect class="fill-plain" width="74.28571428571429" height="14"/></svg>
          <div class="text">52 teachers</div>
        </div>
        
        <div class="bar-row">
          <div class="label">2026-08-07</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="2026-08-07: 56 teachers"><rect class="track" width="100" height="14"/><rect class="fill-plain" width="80.0" height="14"/></svg>
          <div class="text">56 teachers</div>
        </div>
        
        <div class="bar-row">
          <div class="label">2026-10-09</div>
          <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label="2026-10-09: 58 teachers"><rect class="track" width="100" height="14"/><rect class="fill-plain" width="82.85714285714286" height="14"/></svg>
          <div class="text">58 teachers</div>
        </div>
        
      </div>
      
      
    </section>

    <section>
      <h2>Check-ins</h2>
      
      
      
      <table>
        <thead><tr>
          <th>Date</th><th>Kind</th><th>Summary</th><th>Rating</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">2026-11-12</td>
          
            <td class="tone-plain">meeting</td>
          
            <td class="tone-plain">Fall numbers look good; shadowing is waiting on the updated consent form</td>
          
            <td class="tone-plain">4&#x2f;5</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-10-08</td>
          
            <td class="tone-plain">call</td>
          
            <td class="tone-plain">Checked on the consent form and the fall attendance report</td>
          
            <td class="tone-dim">-</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-09-10</td>
          
            <td class="tone-plain">meeting</td>
          
            <td class="tone-plain">Fall kickoff: job-shadowing expands to 30 students; consent form needs an update</td>
          
            <td class="tone-plain">4&#x2f;5</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-07-22</td>
          
            <td class="tone-plain">event</td>
          
            <td class="tone-plain">Visited the summer health-teacher training: 38 teachers in the room</td>
          
            <td class="tone-dim">-</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-06-25</td>
          
            <td class="tone-plain">review</td>
          
            <td class="tone-plain">Year-end review: nurse educator funded for 2026-27; goals set for next year</td>
          
            <td class="tone-plain">5&#x2f;5</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-05-14</td>
          
            <td class="tone-plain">meeting</td>
          
            <td class="tone-plain">Job shadowing wrap-up: 23 of 24 students completed; budget decision pending</td>
          
            <td class="tone-plain">4&#x2f;5</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-04-16</td>
          
            <td class="tone-plain">call</td>
          
            <td class="tone-plain">Summer training dates set for July 20-24; mental-health first aid added</td>
          
            <td class="tone-dim">-</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-03-12</td>
          
            <td class="tone-plain">review</td>
          
            <td class="tone-plain">Mid-year review: health-course pass rate up 6 points, fair drew 410 families</td>
          
            <td class="tone-plain">5&#x2f;5</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-02-12</td>
          
            <td class="tone-plain">meeting</td>
          
            <td class="tone-plain">Job-shadowing roster for spring: 24 juniors across four departments</td>
          
            <td class="tone-plain">4&#x2f;5</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-01-15</td>
          
            <td class="tone-plain">call</td>
          
            <td class="tone-plain">Health fair logistics; Lincoln High auditorium requested for March 6</td>
          
            <td class="tone-dim">-</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2025-12-11</td>
          
            <td class="tone-plain">meeting</td>
          
            <td class="tone-plain">Planned the spring health fair and the nurse educator&#x27;s second semester</td>
          
            <td class="tone-plain">4&#x2f;5</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>Action items</h2>
      <p class="note">reliability: ours 100% (3 of 3 on time) · partner 33% (1 of 3 on time)</p>
      
      
      <table>
        <thead><tr>
          <th>Action item</th><th>Owner</th><th>Side</th><th>Due</th><th>State</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">Book the Lincoln High auditorium for the health fair</td>
          
            <td class="tone-plain">Dana Whitfield</td>
          
            <td class="tone-plain">ours</td>
          
            <td class="tone-plain">2026-01-30</td>
          
            <td class="tone-good">done 2026-01-22</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Send the job-shadowing consent forms to families</td>
          
            <td class="tone-plain">Dana Whitfield</td>
          
            <td class="tone-plain">ours</td>
          
            <td class="tone-plain">2026-02-27</td>
          
            <td class="tone-good">done 2026-02-25</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Send attendance data by grade for the budget review</td>
          
            <td class="tone-plain">Dana Whitfield</td>
          
            <td class="tone-plain">ours</td>
          
            <td class="tone-plain">2026-04-03</td>
          
            <td class="tone-good">done 2026-04-02</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Confirm the trainers for the mental-health first aid day</td>
          
            <td class="tone-plain">Dr. Maya Chen</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="tone-plain">2026-05-15</td>
          
            <td class="tone-good">done 2026-05-12</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Confirm the nurse educator budget for 2026-27</td>
          
            <td class="tone-plain">Mark Ellison</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="tone-plain">2026-05-31</td>
          
            <td class="tone-good">done 2026-06-19</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Send the updated job-shadowing consent form</td>
          
            <td class="tone-plain">Dr. Maya Chen</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="tone-plain">2026-11-06</td>
          
            <td class="tone-bad">overdue since 2026-11-06</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">Share fall attendance and health-course data</td>
          
            <td class="tone-plain">Dana Whitfield</td>
          
            <td class="tone-plain">ours</td>
          
            <td class="tone-plain">2026-12-15</td>
          
            <td class="tone-plain">open</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>Evaluations</h2>
      
      
      
      <table>
        <thead><tr>
          <th>Date</th><th>Instrument</th><th>Side</th><th class="num">Overall</th><th>Band</th><th></th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">2025-10-14</td>
          
            <td class="tone-plain">accord</td>
          
            <td class="tone-plain">ours</td>
          
            <td class="num tone-good">4.1</td>
          
            <td class="tone-plain">strength</td>
          
            <td class="tone-plain"></td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2025-10-21</td>
          
            <td class="tone-plain">accord</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="num tone-warn">3.7</td>
          
            <td class="tone-plain">borderline</td>
          
            <td class="tone-plain"></td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-10-13</td>
          
            <td class="tone-plain">accord</td>
          
            <td class="tone-plain">ours</td>
          
            <td class="num tone-good">4.2</td>
          
            <td class="tone-plain">strength</td>
          
            <td class="tone-plain"></td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-10-20</td>
          
            <td class="tone-plain">accord</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="num tone-warn">3.8</td>
          
            <td class="tone-plain">borderline</td>
          
            <td class="tone-plain"></td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>What stakeholders say</h2>
      <p class="note">results of fewer than 5 respondents are not shown, so no one can be recognised</p>
      
      
      <table>
        <thead><tr>
          <th>Survey</th><th>Asked</th><th>Responses</th><th class="num">Overall</th><th>Strongest</th><th>Weakest</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">Teachers on the hospital partnership</td>
          
            <td class="tone-plain">Riverside Regional Hospital · teachers, closed 2026-10-30</td>
          
            <td class="tone-plain">19 responses of 28 invited (68%)</td>
          
            <td class="num tone-plain">3.9 borderline</td>
          
            <td class="tone-plain">Value to students 4.6, Trust and respect 4.2</td>
          
            <td class="tone-plain">Communication 3.2, Flexibility and sustainability 3.4</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>Contributions</h2>
      <p class="note">in all: partner $90,716.80 (93%) · ours $6,523.50 (7%) · hours valued at $33.49 an hour</p>
      
      
      <table>
        <thead><tr>
          <th>Date</th><th>Kind</th><th>Side</th><th class="num">Amount</th><th>Note</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">2025-12-05</td>
          
            <td class="tone-plain">volunteer-hours</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="num tone-plain">40 h</td>
          
            <td class="tone-plain">Nurses at the flu-shot clinic at Lincoln High</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-01-12</td>
          
            <td class="tone-plain">funding</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="num tone-plain">$34,000</td>
          
            <td class="tone-plain">Nurse educator position, spring semester</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-01-12</td>
          
            <td class="tone-plain">in-kind</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="num tone-plain">$6,000</td>
          
            <td class="tone-plain">Simulation lab space for the CNA course, spring semester</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-02-07</td>
          
            <td class="tone-plain">volunteer-hours</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="num tone-plain">64 h</td>
          
            <td class="tone-plain">Nurses and techs staffing the spring health fair</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-02-07</td>
          
            <td class="tone-plain">facilities</td>
          
            <td class="tone-plain">ours</td>
          
            <td class="num tone-plain">$1,500</td>
          
            <td class="tone-plain">Lincoln High gym for the health fair</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-04-18</td>
          
            <td class="tone-plain">volunteer-hours</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="num tone-plain">96 h</td>
          
            <td class="tone-plain">Job-shadowing days for 32 students</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-07-20</td>
          
            <td class="tone-plain">staff-hours</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="num tone-plain">120 h</td>
          
            <td class="tone-plain">Summer health-teacher training, five days</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-08-17</td>
          
            <td class="tone-plain">funding</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="num tone-plain">$34,000</td>
          
            <td class="tone-plain">Nurse educator position, fall semester</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-08-17</td>
          
            <td class="tone-plain">in-kind</td>
          
            <td class="tone-plain">partner</td>
          
            <td class="num tone-plain">$6,000</td>
          
            <td class="tone-plain">Simulation lab space for the CNA course, fall semester</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-09-30</td>
          
            <td class="tone-plain">staff-hours</td>
          
            <td class="tone-plain">ours</td>
          
            <td class="num tone-plain">150 h</td>
          
            <td class="tone-plain">Health-course teachers co-teaching with the nurse educator</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <section>
      <h2>Wins</h2>
      
      
      
      <table>
        <thead><tr>
          <th>Date</th><th>Win</th>
        </tr></thead>
        <tbody>
        
          <tr>
          
            <td class="tone-plain">2026-06-10</td>
          
            <td class="tone-plain">Twelve Lincoln High seniors earned their CNA certification in the hospital&#x27;s simulation lab</td>
          
          </tr>
        
          <tr>
          
            <td class="tone-plain">2026-09-25</td>
          
            <td class="tone-plain">The hospital renewed the nurse educator position for a third year</td>
          
          </tr>
        
        </tbody>
      </table>
      
      
    </section>

    <footer>Made with accord · partnership report · riverside-hospital · as of 2026-11-23</footer>
    </main>
    </body>
    </html>
    "#);
}
