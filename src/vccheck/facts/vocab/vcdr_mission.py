"""Additions to the fact vocabulary for one area of the rule corpus (merged by vocabulary.py).

Area: VCDR arts. 1-28 (the mission: establishment, staff, persona non grata,
notifications, size, heads of mission and precedence, premises, archives,
facilities, movement, communication and the bag, fees). Rules in
rules/vcdr/NN-*.vcl; scenarios in rules/tests/vcdr/.

EVENT_TYPES: new event type -> (description, {attribute name: Attr})
EVENT_ATTRS: new attributes common to every event: {name: Attr}
KIND_ATTRS: new attributes of an entity kind: {"person"|"post"|"mission"|"place"|"thing"|"state": {name: Attr}}
ENUM_VALUES: extra values for an existing enum attribute: {("person", "status"): ("new_value",), ...}
  (use ("event", ATTR) for an event attribute, ("event:TYPE", ATTR) for a type's own attribute)
STANDARDS: new open-textured standards: {name: ("duration" | numeric attribute name, description)}
Write attributes with vocabulary-style tuples through ``attrs(...)``.

An entry of EVENT_TYPES whose name already exists (``persona_non_grata``,
``departure``, ``conduct``, ``notification``, ``taxation``,
``differential_treatment``) only adds attributes to it.
"""

from vccheck.facts.vocabulary import Attr, attrs  # noqa: F401

MISSION_FUNCTIONS = ("representation", "protection", "negotiation", "information", "promotion_of_relations",
                     "consular", "not_a_function")

_FUNCTION = (
    ("function", "enum", "The function of the mission concerned (VCDR 3(1)(a)-(e), 3(2)): representing the "
     "sending State, protecting its interests and those of its nationals, negotiating with the Government, "
     "ascertaining conditions and developments, promoting friendly relations, consular functions; "
     "not_a_function for an activity that is none of them (the list of art. 3 is not exhaustive: leave it "
     "unstated when in doubt).",
     MISSION_FUNCTIONS),
    ("by_lawful_means", "bool", "The activity used only lawful means (VCDR 3(1)(d): 'by all lawful means')."),
    ("within_limits_of_international_law", "bool",
     "The activity stayed within the limits permitted by international law (VCDR 3(1)(b))."),
)

EVENT_TYPES: dict = {
    # --------------------------------------------------- staff (arts. 4-12, 19)
    "agrement": ("Decision of the receiving State on the agrément for the person the sending State proposes to "
                 "accredit as head of mission (VCDR 4).", attrs(
                     ("granted", "bool", "The agrément was given (false: it was refused)."),
                     ("reasons_given", "bool", "Reasons were given for a refusal (VCDR 4(2))."),
                 )),
    "appointment": ("Appointment, accreditation or assignment of a person to a diplomatic mission by the sending "
                    "State, or engagement of local staff (VCDR 4-8, 10, 19). `by`: the sending State; "
                    "`subject`: the person.", attrs(
                        ("role", "enum", "The post the person is appointed to.",
                         ("head_of_mission", "diplomatic_staff", "military_attache", "administrative_technical_staff",
                          "service_staff", "private_servant", "charge_d_affaires_ad_interim",
                          "in_charge_of_administrative_affairs")),
                        ("multiple_accreditation", "bool",
                         "The person is accredited or assigned to more than one State (VCDR 5(1))."),
                        ("due_notification", "bool",
                         "The sending State gave due notification to the receiving States concerned (VCDR 5(1))."),
                        ("joint_accreditation", "bool",
                         "Two or more States accredit the same person as head of mission (VCDR 6)."),
                        ("objection", "bool", "The receiving State (for VCDR 5(1): any receiving State concerned) "
                         "objected, expressly, to the accreditation or assignment (VCDR 5(1), 6)."),
                        ("approval_required", "bool", "The receiving State required the names of military, naval "
                         "or air attachés to be submitted beforehand for its approval (VCDR 7)."),
                        ("consent_reserved", "bool", "The receiving State reserved the right to consent to the "
                         "appointment of nationals of third States to the diplomatic staff (VCDR 8(3))."),
                        ("receiving_state_consent", "bool", "The receiving State approved or consented to the "
                         "appointment or designation, and had not withdrawn its consent (VCDR 7, 8(2), 8(3), 19(2))."),
                        ("local_engagement", "bool",
                         "The person was engaged while resident in the receiving State (VCDR 10(1)(d))."),
                    )),
    "arrival": ("Arrival of a person in the receiving State to take up a post at a mission, or to join a member "
                "of the mission (VCDR 10, 13(2)).", attrs(
                    ("prior_notification_possible", "bool",
                     "Prior notification of the arrival was possible (VCDR 10(2): 'where possible')."),
                )),
    "departure": ("", attrs(
        ("final", "bool", "The final departure from the receiving State (VCDR 10(1)), not a journey abroad."),
        ("prior_notification_possible", "bool",
         "Prior notification of the final departure was possible (VCDR 10(2): 'where possible')."),
    )),
    "status_change": ("A person became or ceased to be a member of the family of a member of the mission or "
                      "post, or a private servant left the employ of such a member (VCDR 10(1)(b), (c); VCCR "
                      "24(1)(b), (c)). The VCDR rules do not check these 'where appropriate' notifications.", attrs(
                          ("change", "enum", "What changed.",
                           ("became_family_member", "ceased_family_member", "left_employ")),
                      )),
    "notification": ("", attrs(
        ("matter", "enum", "What a notification to the Ministry for Foreign Affairs of the receiving State "
         "notifies (VCDR 10, 19(1)); `subject`: the person concerned.",
         ("appointment", "arrival", "final_departure", "termination_of_functions", "family_membership",
          "leaving_employ", "engagement", "discharge", "charge_d_affaires_ad_interim", "other")),
    )),
    "persona_non_grata": ("", attrs(
        ("sending_state_refused", "bool", "The sending State refused to recall the person or to terminate his "
         "functions with the mission (VCDR 9(2))."),
    )),
    "size_limitation": ("The receiving State required the size of a mission to be kept within limits, e.g. by a "
                        "ceiling on its staff (VCDR 11(1)).", attrs(
                            ("specific_agreement", "bool",
                             "A specific agreement between the two States governs the size of the mission."),
                            ("staff_ceiling", "number", "The number of staff the mission was allowed."),
                            ("reasonable_and_normal", "bool", "The limits are reasonable and normal, having regard "
                             "to circumstances and conditions in the receiving State and to the needs of the "
                             "particular mission (VCDR 11(1)): an open-textured judgement, stated per incident."),
                        )),
    "refusal_of_category": ("The receiving State refused to accept officials of a particular category "
                            "(VCDR 11(2)).", attrs(
                                ("non_discriminatory", "bool",
                                 "The refusal applies alike to the missions of all States (VCDR 11(2), 47)."),
                                ("within_similar_bounds", "bool", "The refusal stays within limits reasonable and "
                                 "normal, having regard to circumstances and conditions in the receiving State and "
                                 "to the needs of the mission (VCDR 11(2), read with 11(1))."),
                            )),
    "establishment_of_office": ("The sending State established an office forming part of its mission "
                                "(VCDR 12).", attrs(
                                    ("other_locality", "bool", "In a locality other than that in which the mission "
                                     "itself is established."),
                                    ("prior_express_consent", "bool",
                                     "The receiving State gave its prior express consent."),
                                )),
    # --------------------------------------------------- heads of mission (arts. 13-18)
    "credentials_presentation": ("A head of mission presented his credentials, or notified his arrival and "
                                 "presented a true copy of them to the Ministry for Foreign Affairs (VCDR 13).",
                                 attrs(
                                     ("true_copy", "bool", "A notification of arrival and a true copy of the "
                                      "credentials, not the credentials themselves."),
                                     ("functions_recognized", "bool", "The receiving State treated the head of "
                                      "mission as having taken up his functions from this act (VCDR 13(1))."),
                                     ("alteration", "bool", "New credentials for an alteration not involving a "
                                      "change of class (VCDR 16(2))."),
                                 )),
    "precedence_ranking": ("The receiving State placed a head of mission (the subject) below another in "
                           "precedence (VCDR 16).", attrs(
                               ("ranked_below", "ref:person", "The head of mission placed above the subject."),
                               ("holy_see_practice", "bool", "For a ranking below a nuncio or internuncio: the "
                                "order follows a practice accepted by the receiving State regarding the precedence "
                                "of the representative of the Holy See (VCDR 16(3))."),
                           )),
    # --------------------------------------------------- premises (arts. 20-23)
    "differential_treatment": ("", attrs(
        ("compared_with", "ref:person", "For a head of mission treated differently from another head of mission: "
         "that other head (VCDR 14(2), 18)."),
        ("by_reason_of_class", "bool", "The difference is made by reason of the class of the heads of mission "
         "(VCDR 14(2))."),
        ("aspect", "enum", "What the difference between heads of mission concerns (VCDR 14(2), 18).",
         ("precedence", "etiquette", "reception_procedure", "other")),
    )),
    "flag_interference": ("Agents of a State removed, or prohibited or prevented the use of, the sending State's "
                          "flag or emblem (VCDR 20, VCCR 29).", {}),
    "request_for_premises": ("The sending State or its mission sought premises for the mission or accommodation "
                             "for its members (VCDR 21).", attrs(
                                 ("purpose", "enum", "What was sought.",
                                  ("mission_premises", "members_accommodation")),
                                 ("acquisition_facilitated", "bool", "The receiving State facilitated the "
                                  "acquisition of the premises on its territory, in accordance with its laws."),
                                 ("accommodation_assisted", "bool",
                                  "The receiving State assisted in obtaining accommodation in some other way."),
                                 ("assistance_necessary", "bool",
                                  "Assistance was necessary (VCDR 21(2): 'where necessary')."),
                             )),
    # --------------------------------------------------- functions (arts. 3, 25)
    "obstruction_of_functions": ("A State prevented or obstructed an activity of a diplomatic mission, or refused "
                                 "it a facility needed for it (VCDR 25).", attrs(
                                     ("mission", "ref:mission", "The mission obstructed."),
                                     *_FUNCTION,
                                 )),
    "conduct": ("", attrs(*_FUNCTION)),
    "taxation": ("", attrs(
        ("on_official_fees", "bool", "Levied on the fees and charges levied by a mission in the course of its "
         "official duties (VCDR 28; cf. VCCR 39(2))."),
    )),
    # --------------------------------------------------- communication (art. 27)
    "communication_interference": ("Interception, jamming, blocking, censorship or cutting of the communications "
                                   "of a diplomatic mission (VCDR 27(1), (2)). `subject`: the correspondence, when "
                                   "a particular item is concerned.", attrs(
                                       ("mission", "ref:mission", "The mission whose communications were "
                                        "interfered with."),
                                       ("official_purpose", "bool", "The communication served an official "
                                        "purpose of the mission."),
                                       ("means", "enum", "The means of communication concerned.",
                                        ("courier", "bag", "code_or_cipher", "telephone", "internet", "post",
                                         "wireless_transmitter", "other")),
                                       ("transmitter_consent", "bool", "The receiving State had consented to the "
                                        "installation and use of the wireless transmitter (VCDR 27(1))."),
                                   )),
    "bag_delivery": ("A diplomatic courier delivered the bag in his charge to the consignee (VCDR 27(6)). "
                     "`subject`: the courier.", {}),
    "bag_handover_obstructed": ("A member of the mission was prevented from taking possession of a diplomatic bag "
                                "directly and freely from the captain of a commercial aircraft (VCDR 27(7)). "
                                "`subject`: the member of the mission.", attrs(
                                    ("authorized_port_of_entry", "bool", "The aircraft was a commercial aircraft "
                                     "scheduled to land at an authorized port of entry."),
                                )),
}

EVENT_ATTRS: dict = {}

KIND_ATTRS: dict = {
    "person": attrs(
        ("head_of_mission_class", "enum", "Title and class of a head of mission (VCDR 14(1)): (a) ambassador "
         "(and heads of mission of equivalent rank, e.g. high commissioner) or nuncio; (b) envoy, minister or "
         "internuncio; (c) charge d'affaires (en titre). Nuncio and internuncio are the representatives of the "
         "Holy See (VCDR 16(3)).",
         ("ambassador", "nuncio", "envoy", "minister", "internuncio", "charge_d_affaires")),
        ("ad_hoc_courier", "bool", "A diplomatic courier designated ad hoc (VCDR 27(6))."),
    ),
    "thing": attrs(
        ("only_official_contents", "bool", "The bag contained only diplomatic documents or articles intended for "
         "official use (VCDR 27(4))."),
    ),
}

# Shared facts used here and defined by other areas: `foreign_ministry` (a
# notification's recipient), `taxation` (payment_for_specific_services,
# payable_by_contractor), `disturbance`, `refusal_to_recognise`, the person's
# `employer` and `appointment_notified`.
ENUM_VALUES: dict = {}

# 'Reasonable and normal' (VCDR 11(1)) is stated per incident as a fact (size_limitation.reasonable_and_normal):
# the loader, the JSON Schema and --standard read thresholds only for durations and max_penalty_years.
STANDARDS: dict = {}


# A measure taken under a State's reservation to the Convention (e.g. VCDR 27): kept to its terms?
for _bag_event in ("bag_opened", "bag_detained"):
    EVENT_TYPES.setdefault(_bag_event, ("", {}))
    EVENT_TYPES[_bag_event] = (EVENT_TYPES[_bag_event][0], {
        **EVENT_TYPES[_bag_event][1],
        **attrs(("within_reservation", "bool",
                 "The opening or detention kept to the terms of the receiving State's reservation to the article "
                 "(read with the built-in reservation(receiving_state, \"VCDR 27\") in the rules).")),
    })
