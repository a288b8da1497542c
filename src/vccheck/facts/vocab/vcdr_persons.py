"""Additions to the fact vocabulary for one area of the rule corpus (merged by vocabulary.py).

EVENT_TYPES: new event type -> (description, {attribute name: Attr})
EVENT_ATTRS: new attributes common to every event: {name: Attr}
KIND_ATTRS: new attributes of an entity kind: {"person"|"post"|"mission"|"place"|"thing"|"state": {name: Attr}}
ENUM_VALUES: extra values for an existing enum attribute: {("person", "status"): ("new_value",), ...}
  (use ("event", ATTR) for an event attribute, ("event:TYPE", ATTR) for a type's own attribute)
STANDARDS: new open-textured standards: {name: ("duration" | numeric attribute name, description)}
Write attributes with vocabulary-style tuples through ``attrs(...)``.

Area: VCDR arts. 29-47 (the persons of a diplomatic mission: inviolability,
immunity from jurisdiction and its waiver, exemptions, the staff and the
nationals of the receiving State, beginning and end of the immunities,
third States, the duties of the persons who enjoy them, departure, breaking
off of relations, protection of interests, non-discrimination).

Several of these facts are shared with the VCCR (waiver, taxation, customs,
social security, third States, non-discrimination): the descriptions name
both conventions so that the VCCR rules can reuse them.
"""

from vccheck.facts.vocabulary import Attr, attrs  # noqa: F401

# Attributes shared by the events through which a State exercises jurisdiction.
_UNDUE_INTERFERENCE = (
    "undue_interference", "bool",
    "The exercise of jurisdiction interfered unduly with the performance of the functions of the mission "
    "(VCDR 37(4), 38(2)).",
)
_HELD_FOR_MISSION = (
    "held_for_mission", "bool",
    "The immovable property is held by the person on behalf of the sending State for the purposes of the "
    "mission (VCDR 31(1)(a), 34(b), 34(f)).",
)

EVENT_TYPES: dict = {
    # ------------------------------------------------ jurisdiction and execution
    "civil_proceedings": (
        "Civil or administrative proceedings against a person: a lawsuit, an administrative penalty or order "
        "(VCDR 31(1), 32, 37; VCCR 43(2), 45).",
        attrs(
            ("action_kind", "enum", "What the action relates to (VCDR 31(1)(a)-(c)).",
             ("real_action_immovable_property", "succession", "professional_or_commercial_activity",
              "employment", "contract", "tort", "family", "administrative", "other")),
            _HELD_FOR_MISSION,
            ("private_capacity", "bool",
             "In a succession, the person is involved as executor, administrator, heir or legatee as a private "
             "person and not on behalf of the sending State (VCDR 31(1)(b))."),
            ("outside_official_functions", "bool",
             "The professional or commercial activity was exercised outside the person's official functions "
             "(VCDR 31(1)(c))."),
            ("counterclaim", "bool",
             "A counter-claim directly connected with the principal claim, in proceedings the person himself "
             "initiated (VCDR 32(3), VCCR 45(3))."),
            _UNDUE_INTERFERENCE,
        ),
    ),
    "measure_of_execution": (
        "A measure of execution against a person: attachment, garnishment, seizure or sale of property, "
        "enforcement of a judgment (VCDR 31(3), 32(4); VCCR 45(4)).",
        attrs(
            ("infringes_inviolability", "bool",
             "The measure could not be taken without infringing the inviolability of the person or of his "
             "residence (VCDR 31(3))."),
            _UNDUE_INTERFERENCE,
        ),
    ),
    # ------------------------------------------------ exemptions (arts. 33-36)
    "social_security_demand": (
        "Social security contributions or obligations imposed on a person, as insured person or as employer "
        "(VCDR 33, 37(3); VCCR 48).",
        attrs(
            ("services_for_sending_state", "bool",
             "The contributions relate to services rendered for the sending State (VCDR 33(1))."),
            ("employee", "ref:person",
             "When the obligation is imposed on the person as employer: the person employed (VCDR 33(2), (3))."),
            ("complied", "bool", "The person met the obligation imposed (VCDR 33(3))."),
            ("voluntary_participation", "bool",
             "Voluntary participation in the receiving State's system, permitted by that State (VCDR 33(4))."),
            ("social_security_agreement", "bool",
             "Imposed under a bilateral or multilateral social security agreement between the States "
             "(VCDR 33(5))."),
        ),
    ),
    "tax_levied": (
        "A tax, due, duty or charge levied by the receiving State on a person or property "
        "(VCDR 23, 28, 34, 37, 39(4); VCCR 32, 49).",
        attrs(
            ("tax_kind", "enum", "What kind of tax or charge (VCDR 34(a)-(f), 37(3), 37(4), 39(4)).",
             ("indirect_tax_in_price", "immovable_property_tax", "estate_succession_duty", "private_income_tax",
              "commercial_investment_capital_tax", "charge_for_specific_services",
              "immovable_property_registration_fee", "tax_on_emoluments", "personal_tax", "other")),
            _HELD_FOR_MISSION,
            ("present_solely_due_to_mission", "bool",
             "Levied on movable property whose presence in the receiving State was due solely to the presence "
             "there of the deceased as a member of the mission or of his family (VCDR 39(4))."),
        ),
    ),
    "compulsory_service": (
        "Personal services, public service (e.g. jury service) or military obligations (requisitioning, "
        "military contributions, billeting) imposed on a person (VCDR 35; VCCR 52).",
        attrs(
            ("service_kind", "enum", "The kind of obligation imposed.",
             ("personal_service", "public_service", "military_obligation")),
        ),
    ),
    "customs_charge": (
        "Customs duties, taxes or related charges levied on imported articles, or their entry refused "
        "(VCDR 36(1), 37(2); VCCR 50).",
        attrs(
            ("charge_kind", "enum", "What the customs authorities did.",
             ("customs_duty_or_tax", "storage_cartage_or_similar", "entry_refused")),
            ("use", "enum", "The articles are for the official use of the mission, or for personal use "
             "(VCDR 36(1)(a), (b)).", ("official_use_of_mission", "personal_use", "other")),
            ("first_installation", "bool", "The articles were imported at the time of first installation "
             "(VCDR 37(2))."),
        ),
    ),
    # ------------------------------------------------ duties of the persons and the mission (arts. 41, 42)
    "official_business": (
        "Official business with the receiving State entrusted to a mission by the sending State (VCDR 41(2)).",
        attrs(
            ("through_foreign_ministry", "bool",
             "Conducted with or through the Ministry for Foreign Affairs of the receiving State or such other "
             "ministry as may be agreed (VCDR 41(2))."),
        ),
    ),
    "premises_use": (
        "A use made of the premises of a mission or consular post, e.g. detaining a person there, firing "
        "from them, commercial activity, asylum (VCDR 41(3); VCCR 55(2)).",
        attrs(
            ("incompatible_with_functions", "bool",
             "The use is incompatible with the functions of the mission as laid down in the Convention, other "
             "rules of general international law or special agreements between the States (VCDR 41(3))."),
        ),
    ),
    "professional_or_commercial_activity": (
        "A professional or commercial activity practised by a person in the receiving State "
        "(VCDR 31(1)(c), 42; VCCR 57).",
        attrs(
            ("for_personal_profit", "bool", "Practised for personal profit (VCDR 42)."),
        ),
    ),
    # ------------------------------------------------ end of functions, departure (arts. 39, 43, 44)
    "refusal_to_recognise": (
        "Notification by the receiving State that it refuses to recognise a person as a member of the mission "
        "(VCDR 9(2), 43(b)).",
        {},
    ),
    "departure_facilities_request": (
        "A person about to leave the receiving State asked for facilities or means of transport to leave "
        "(VCDR 44; VCCR 26).",
        attrs(
            ("in_need", "bool", "The person was in need of the means of transport or facilities asked for "
             "(VCDR 44: 'in case of need')."),
            ("granted", "bool", "The facilities or means of transport were granted."),
        ),
    ),
    "property_withdrawal_refused": (
        "The receiving State prevented the withdrawal of the movable property of a deceased member of a "
        "mission or of his family (VCDR 39(4); VCCR 51(a)).",
        attrs(
            ("export_prohibited_local_acquisition", "bool",
             "The property was acquired in the receiving State and its export was prohibited at the time of "
             "the death (VCDR 39(4))."),
        ),
    ),
    # ------------------------------------------------ relations, protection, non-discrimination (45-47)
    "breaking_off_relations": (
        "Diplomatic relations broken off, or a mission permanently or temporarily recalled "
        "(VCDR 45; VCCR 2(3), 27).",
        attrs(
            ("armed_conflict", "bool", "In a situation of armed conflict between the States."),
        ),
    ),
    "protection_entrusted": (
        "The sending State entrusted the custody of its mission's premises, property and archives, or the "
        "protection of its interests and those of its nationals, to a third State (VCDR 45(b), (c); VCCR 27).",
        attrs(
            ("entrusted", "enum", "What was entrusted.", ("custody_of_premises", "protection_of_interests")),
            ("protecting_state", "ref:state", "The third State entrusted."),
            ("acceptable_to_receiving_state", "bool", "The third State was acceptable to the receiving State."),
        ),
    ),
    "protection_of_third_state_interests": (
        "The sending State undertook the temporary protection of the interests of a third State and of its "
        "nationals in the receiving State (VCDR 46; VCCR 8).",
        attrs(
            ("protected_state", "ref:state", "The third State whose interests are protected."),
            ("prior_consent", "bool", "The receiving State gave its consent before the protection was undertaken."),
            ("requested_by_third_state", "bool", "The third State requested it."),
            ("third_state_represented", "bool", "The third State was itself represented in the receiving State."),
        ),
    ),
    "differential_treatment": (
        "The receiving State applied a provision of the Convention to one State (its mission, post or staff) "
        "less favourably than to others (VCDR 47; VCCR 72).",
        attrs(
            ("provision", "text", "The provision applied restrictively (e.g. VCDR 26)."),
            ("reciprocal_restriction", "bool",
             "Applied restrictively because the other State applies that provision restrictively to the "
             "receiving State's mission or post (VCDR 47(2)(a), VCCR 72(2)(a))."),
            ("more_favourable_by_custom_or_agreement", "bool",
             "The difference is more favourable treatment that States extend to each other by custom or "
             "agreement (VCDR 47(2)(b), VCCR 72(2)(b))."),
        ),
    ),
    # ------------------------------------------------ attributes added to existing event types
    "summons_as_witness": ("", attrs(
        ("compulsory", "bool", "The summons purported to oblige the person to give evidence (a subpoena), "
         "rather than to invite him (VCDR 31(2))."),
    )),
    "search": ("", attrs(
        ("serious_grounds", "bool",
         "Serious grounds for presuming that the baggage contained articles not covered by the exemptions of "
         "VCDR 36(1), or articles whose import or export is prohibited or controlled by quarantine (VCDR 36(2))."),
        ("in_presence_of_holder", "bool",
         "Conducted in the presence of the person or of his authorised representative (VCDR 36(2))."),
    )),
    "conduct": ("", attrs(
        ("in_course_of_duties", "bool",
         "An act performed in the course of the person's duties (VCDR 37(2), (3))."),
    )),
    "recall": ("", attrs(
        ("notified", "bool",
         "The sending State notified the receiving State that the function has come to an end (VCDR 43(a))."),
    )),
    "waiver": ("", attrs(
        ("covers", "enum",
         "What the waiver covers: immunity from criminal, from civil and administrative, or from all "
         "jurisdiction, or from measures of execution (VCDR 32(1), (4); VCCR 45(1), (4)).",
         ("criminal_jurisdiction", "civil_jurisdiction", "jurisdiction", "execution")),
    )),
    "arrest": ("", attrs(_UNDUE_INTERFERENCE)),
    "detention": ("", attrs(_UNDUE_INTERFERENCE)),
    "criminal_proceedings": ("", attrs(_UNDUE_INTERFERENCE)),
}

EVENT_ATTRS: dict = attrs(
    ("in_transit", "bool",
     "In a third State's territory in transit: proceeding to take up or to return to the post, or returning "
     "home (VCDR 40; VCCR 54)."),
    ("visa_granted_if_needed", "bool",
     "The third State had granted a passport visa, if one was necessary (VCDR 40(1), (3))."),
    ("force_majeure", "bool",
     "The presence in the third State's territory was due to force majeure (VCDR 40(4); VCCR 54(4))."),
)

KIND_ATTRS: dict = {
    "person": attrs(
        ("appointment_notified", "date",
         "Date the appointment was notified to the Ministry for Foreign Affairs of the receiving State "
         "(VCDR 10(1)(a), 39(1))."),
        ("employer", "ref:person", "For a private servant: the member of the mission employing him (VCDR 1(h), 33(2))."),
        ("sole_employ", "bool", "A private servant in the sole employ of a diplomatic agent (VCDR 33(2))."),
        ("other_social_security_cover", "bool",
         "Covered by the social security provisions in force in the sending State or a third State "
         "(VCDR 33(2)(b))."),
    ),
}

ENUM_VALUES: dict = {
    ("thing", "kind"): ("personal_baggage",),
}

STANDARDS: dict = {}
