"""Additions to the fact vocabulary for one area of the rule corpus (merged by vocabulary.py).

EVENT_TYPES: new event type -> (description, {attribute name: Attr})
EVENT_ATTRS: new attributes common to every event: {name: Attr}
KIND_ATTRS: new attributes of an entity kind: {"person"|"post"|"mission"|"place"|"thing"|"state": {name: Attr}}
ENUM_VALUES: extra values for an existing enum attribute: {("person", "status"): ("new_value",), ...}
  (use ("event", ATTR) for an event attribute, ("event:TYPE", ATTR) for a type's own attribute)
STANDARDS: new open-textured standards: {name: ("duration" | numeric attribute name, description)}
Write attributes with vocabulary-style tuples through ``attrs(...)``.

Area: VCCR arts. 1-16 (consular relations, consular posts, consular functions
and their exercise, admission of heads of consular posts, acting heads).
Rules in rules/vccr/02-*.vcl to 15-*.vcl; scenarios in rules/tests/vccr/.

Facts reused from other areas rather than redefined here: `breaking_off_relations`
(VCCR 2(3)) and `protection_of_third_state_interests` (VCCR 8) from
vcdr_persons; `obstruction_of_functions` (VCDR 25, VCCR 28) from vcdr_mission;
`conduct`, `notification` (to the Ministry: recipient `foreign_ministry`) and
`protest` (an objection of a State) from the base vocabulary.

The exercise of a consular function is a `conduct` and its obstruction an
`obstruction_of_functions`, each with `consular_function` (VCCR 5(a)-(m)).
That attribute is kept apart from `function`, which lists the functions of a
diplomatic mission (VCDR 3): the two lists differ. The rules of arts. 5-15
read only the events that state a consular function.

This module is merged before vcdr_mission, which declares
`obstruction_of_functions`: its entry here carries a description covering
both Conventions.
"""

from vccheck.facts.vocabulary import Attr, attrs  # noqa: F401

# The consular functions of VCCR art. 5(a)-(m), in order.
CONSULAR_FUNCTIONS = (
    "protection_of_interests",             # 5(a)
    "furthering_relations",                # 5(b)
    "ascertaining_conditions",             # 5(c)
    "passports_and_visas",                 # 5(d)
    "assistance_to_nationals",             # 5(e)
    "notarial_and_civil_registration",     # 5(f)
    "succession",                          # 5(g)
    "minors_and_incapable_persons",        # 5(h)
    "representation_before_tribunals",     # 5(i)
    "judicial_documents",                  # 5(j)
    "supervision_of_vessels_and_aircraft",  # 5(k)
    "assistance_to_vessels_and_aircraft",  # 5(l)
    "other_entrusted_function",            # 5(m)
)

_CONSULAR_FUNCTION = (
    "consular_function", "enum",
    "The consular function (VCCR 5) exercised or obstructed: (a) protection_of_interests, (b) furthering_relations, "
    "(c) ascertaining_conditions, (d) passports_and_visas, (e) assistance_to_nationals, "
    "(f) notarial_and_civil_registration, (g) succession, (h) minors_and_incapable_persons, "
    "(i) representation_before_tribunals, (j) judicial_documents, (k) supervision_of_vessels_and_aircraft, "
    "(l) assistance_to_vessels_and_aircraft, (m) other_entrusted_function.",
    CONSULAR_FUNCTIONS,
)
_LIMITS = (
    ("within_limits_of_international_law", "bool",
     "The activity stayed within the limits permitted by international law (VCCR 5(a); cf. VCDR 3(1)(b))."),
    ("by_lawful_means", "bool",
     "Only lawful means were used to ascertain conditions and developments (VCCR 5(c): 'by all lawful means'; "
     "cf. VCDR 3(1)(d))."),
    ("contrary_to_local_law", "bool",
     "The function, as exercised, was contrary to (prohibited by) the laws and regulations of the receiving State "
     "(VCCR 5(f)-(j), (m))."),
    ("international_agreement", "bool",
     "The function, or the manner of its exercise, is provided for by an international agreement in force between "
     "the sending and the receiving State (VCCR 5(j), (m))."),
)

EVENT_TYPES: dict = {
    # ------------------------------------------------------------ art. 2
    "establishment_of_relations": (
        "Diplomatic or consular relations were established between the sending and the receiving State, by mutual "
        "consent (VCCR 2; VCDR 2).",
        attrs(
            ("relations", "enum", "Which relations were established.", ("diplomatic", "consular")),
            ("consular_relations_excluded", "bool",
             "The consent to diplomatic relations stated that it did not extend to consular relations "
             "(VCCR 2(2): 'unless otherwise stated')."),
        ),
    ),
    "severance_of_consular_relations": (
        "Consular relations between the sending and the receiving State were severed (VCCR 2(3), 27); `by`: the "
        "State that severed them.",
        {},
    ),
    # ------------------------------------------------------------ art. 4
    "establishment_of_post": (
        "The sending State established a consular post, opened an office of one, or changed a post's seat, "
        "classification or consular district (VCCR 4).",
        attrs(
            ("post", "ref:post", "The consular post established, opened, extended or changed."),
            ("action", "enum",
             "What was done: a new consular post (VCCR 4(1), (2)); a vice-consulate or consular agency opened by a "
             "consulate-general or consulate in a locality other than its own (4(4)); an office forming part of an "
             "existing post opened elsewhere than at its seat (4(5)); a change of seat, classification or consular "
             "district (4(3)).",
             ("new_post", "opened_by_post_in_other_locality", "office_elsewhere_than_seat", "change_of_seat",
              "change_of_classification", "change_of_consular_district")),
            ("opened_by", "ref:post",
             "For a vice-consulate or consular agency opened by an existing post: that post (VCCR 4(4))."),
            ("receiving_state_consent", "bool", "The receiving State consented (VCCR 4(1), (3), (4), (5))."),
            ("express_consent", "bool", "The receiving State's consent was express (VCCR 4(5))."),
            ("prior_consent", "bool", "The receiving State's consent was given before the opening (VCCR 4(5))."),
            ("seat_classification_district_approved", "bool",
             "The receiving State approved the seat, the classification and the consular district of the post "
             "(VCCR 4(2))."),
        ),
    ),
    # ------------------------------------------------------------ arts. 3, 5, 6, 12(3)
    # The exercise of a consular function is a `conduct` of the member of the
    # post (its `subject`); its obstruction is an `obstruction_of_functions`
    # (shared with VCDR 25 and VCCR 28). Both say which consular function with
    # `consular_function`; the rules of arts. 5-15 read only events that do.
    "conduct": ("", attrs(
        _CONSULAR_FUNCTION,
        *_LIMITS,
        ("within_consular_district", "bool",
         "The consular function was exercised within the consular district of the post (VCCR 1(1)(b), 6)."),
        ("consent_outside_district", "bool",
         "The receiving State consented to the exercise of the consular function outside the consular district "
         "(VCCR 6)."),
    )),
    "obstruction_of_functions": (
        "A State prevented or obstructed an activity of a diplomatic mission or of a consular post, or refused it a "
        "facility needed for it (VCDR 25; VCCR 5, 28). `by`: the State whose authorities acted (an obstruction by "
        "private persons is an `attack` or a `disturbance`). For a consular function, state `consular_function` "
        "and the `post` (or the `mission` exercising consular functions, VCCR 3, 70).",
        attrs(
            _CONSULAR_FUNCTION,
            ("officer", "ref:person",
             "The consular officer (or member of the mission) prevented from exercising the consular function."),
            *_LIMITS,
            ("ground", "enum",
             "The ground the authorities relied on to refuse a consular function: consular relations never "
             "established (VCCR 2(2)); the break of diplomatic relations (2(3)); the function was exercised by a "
             "diplomatic mission, not a consular post (3); the head of post had no exequatur (12, 13); the "
             "authorities did not recognise the person's admission or status as head or acting head of post "
             "(14, 15(3)); another ground.",
             ("consular_relations_not_established", "severance_of_diplomatic_relations", "not_a_consular_post",
              "no_exequatur", "status_not_recognised", "other")),
            ("beneficiary", "ref:person",
             "The person the consular function concerned (the national assisted, the heir, the minor, the "
             "applicant for a passport or visa) (VCCR 5(d)-(i))."),
            ("document", "enum",
             "For VCCR 5(d): a passport or travel document (for a national of the sending State), or a visa or "
             "appropriate document (for a person wishing to travel to the sending State).",
             ("passport_or_travel_document", "visa")),
            ("in_accordance_with_convention", "bool",
             "The activity was in accordance with the provisions of the Convention, e.g. no interference in the "
             "internal affairs of the receiving State (art. 55(1)) (VCCR 5(b))."),
            ("national_unable_to_defend", "bool",
             "Because of absence or another reason, the national was unable at the proper time to assume the "
             "defence of his rights and interests (VCCR 5(i))."),
            ("authorised_by_sending_state_law", "bool",
             "The rights of supervision and inspection exercised are provided for in the laws and regulations of "
             "the sending State (VCCR 5(k))."),
            ("receiving_state_own_powers", "bool",
             "The authorities of the receiving State acted in the exercise of their own powers over the vessel, "
             "aircraft or crew (e.g. their own investigation) (VCCR 5(l): 'without prejudice to the powers of "
             "the authorities of the receiving State')."),
        ),
    ),
    # ------------------------------------------------------------ art. 7
    "functions_in_another_state": (
        "The sending State entrusted a consular post established in one State with the exercise of consular "
        "functions in another State (VCCR 7); `subject`: the post. The incident's receiving State is the State "
        "where the functions are exercised.",
        attrs(
            ("states_concerned_notified", "bool",
             "Before entrusting the post, the sending State notified the States concerned: the State where the post "
             "is established and the State where the functions are to be exercised (VCCR 7)."),
        ),
    ),
    # ------------------------------------------------------------ arts. 10-15
    "admission_of_head": (
        "The receiving State's decision on the admission of a person to the exercise of the functions of head of a "
        "consular post: exequatur (VCCR 12), provisional admission (13), or admission as acting head (15(2)); "
        "`subject`: the person.",
        attrs(
            ("form", "enum", "Exequatur (in whatever form, VCCR 12(1)), provisional admission pending the "
             "exequatur (13), or admission as acting head of post (15(2)).",
             ("exequatur", "provisional_admission", "acting_head")),
            ("granted", "bool", "The admission was granted (false: refused)."),
        ),
    ),
    "presentation_of_commission": (
        "The commission or similar instrument of a head of consular post, or the notification replacing it, was "
        "presented to the receiving State (VCCR 11, 16(3)); `subject`: the head of post.",
        {},
    ),
    "designation_of_acting_head": (
        "The sending State designated a person to act provisionally as head of a consular post (VCCR 15); "
        "`subject`: the person.",
        attrs(
            ("head_unable", "bool", "The head of the consular post was unable to carry out his functions "
             "(VCCR 15(1))."),
            ("post_vacant", "bool", "The position of head of the consular post was vacant (VCCR 15(1))."),
        ),
    ),
}

EVENT_ATTRS: dict = {}

KIND_ATTRS: dict = {
    "person": attrs(
        ("consular_class", "enum", "Class of a head of consular post (VCCR 9(1)): consul-general, consul, "
         "vice-consul, consular agent.", ("consul_general", "consul", "vice_consul", "consular_agent")),
    ),
}

ENUM_VALUES: dict = {
    ("event:notification", "recipient"): (
        "foreign_ministry",               # VCCR 15(2) (shared with other areas)
        "consular_district_authorities",  # VCCR 14: the competent authorities of the consular district
    ),
}

STANDARDS: dict = {
    "immediately": ("duration", "'immediately' (VCCR 14)"),
}
