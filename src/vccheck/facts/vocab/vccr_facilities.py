"""Additions to the fact vocabulary for one area of the rule corpus (merged by vocabulary.py).

EVENT_TYPES: new event type -> (description, {attribute name: Attr})
EVENT_ATTRS: new attributes common to every event: {name: Attr}
KIND_ATTRS: new attributes of an entity kind: {"person"|"post"|"mission"|"place"|"thing"|"state": {name: Attr}}
ENUM_VALUES: extra values for an existing enum attribute: {("person", "status"): ("new_value",), ...}
  (use ("event", ATTR) for an event attribute, ("event:TYPE", ATTR) for a type's own attribute)
STANDARDS: new open-textured standards: {name: ("duration" | numeric attribute name, description)}
Write attributes with vocabulary-style tuples through ``attrs(...)``.

Area: VCCR arts. 17-39 (consular staff and its appointment, persona non
grata, notifications, end of functions, departure, severance and closure;
facilities, premises, archives, movement, communication, nationals,
deaths and wrecks, authorities, fees).

Facts are named for what happened, so that the parallel VCDR provisions use
the same ones. Many event types these rules read are declared by other areas:
``appointment``, ``arrival``, ``status_change``, ``size_limitation``,
``refusal_of_category``, ``request_for_premises``, ``flag_interference``,
``communication_interference``, ``bag_delivery``, ``bag_handover_obstructed``
(vcdr_mission); ``refusal_to_recognise``, ``protection_entrusted``,
``departure_facilities_request`` (vcdr_persons); ``taxation``, ``disturbance``,
``address_to_authorities`` (vccr_honorary); ``severance_of_consular_relations``
and ``obstruction_of_functions`` with its ``consular_function`` (vccr_general).
This module is merged after vccr_general and before the others, so an entry
here for a type they declare carries a description covering both
conventions; its attributes are only the ones the VCCR rules add.
"""

from vccheck.facts.vocabulary import Attr, attrs  # noqa: F401

EVENT_TYPES: dict = {
    # ------------------------------------------------ consular officers and staff (arts. 17-24)
    "diplomatic_act": (
        "A consular officer performed diplomatic acts (VCCR 17(1)). `subject`: the officer.",
        attrs(
            ("no_diplomatic_representation", "bool",
             "The sending State had no diplomatic mission in the receiving State and was not represented there by "
             "a diplomatic mission of a third State (VCCR 17(1))."),
            ("receiving_state_consent", "bool", "The receiving State consented to the officer performing "
             "diplomatic acts (VCCR 17(1))."),
        ),
    ),
    "representation_to_organization": (
        "A consular officer acted as representative of the sending State to an inter-governmental organization "
        "(VCCR 17(2)). `subject`: the officer.",
        attrs(
            ("notified_beforehand", "bool",
             "A notification addressed to the receiving State preceded the representation (VCCR 17(2))."),
        ),
    ),
    "appointment": (
        "Appointment, accreditation or assignment of a person to a diplomatic mission or a consular post by the "
        "sending State, or engagement of local staff (VCDR 4-8, 10, 19; VCCR 18, 19, 22, 24). `by`: the sending "
        "State; `subject`: the person.",
        attrs(
            ("consent_express", "bool",
             "The receiving State's consent to the appointment was express (VCCR 22(2), (3): 'express consent')."),
        ),
    ),
    "arrival": (
        "Arrival of a person in the receiving State to take up a post at a mission or consular post, or to join "
        "a member of it (VCDR 10, 13(2); VCCR 24).",
        {},
    ),
    "refusal_of_category": (
        "The receiving State refused to accept officials of a particular category (VCDR 11(2)), or refused or "
        "restricted the appointment or engagement of a category of members of a consular post (e.g. a ban on "
        "engaging local employees) (VCCR 19(1)).",
        attrs(
            ("post", "ref:post", "The consular post whose staff is concerned (VCCR 19(1))."),
            ("nationality_category", "bool",
             "The category refused is consular officers having the nationality of the receiving State, or "
             "nationals of a third State (not also nationals of the sending State) where the receiving State "
             "reserved that right (VCCR 22(2), (3))."),
            ("size_limit_applied", "bool",
             "The refusal applies a limit on the size of the consular staff that the receiving State required "
             "under VCCR 20."),
        ),
    ),
    "size_limitation": (
        "The receiving State required the size of a mission, or of the staff of a consular post, to be kept "
        "within limits, e.g. by a ceiling on its staff (VCDR 11(1); VCCR 20). `subject`: the post, for VCCR 20.",
        {},
    ),
    "persona_non_grata": ("", attrs(
        ("before_entering_on_duties", "bool",
         "The person was declared unacceptable before arriving in the receiving State or, if already there, "
         "before entering on his duties with the consular post (VCCR 23(3))."),
    )),
    "withdrawal_of_exequatur": (
        "The receiving State withdrew the exequatur of a member of a consular post (VCCR 23(2), 25(b)). "
        "`subject`: the person.",
        {},
    ),
    "refusal_to_recognise": (
        "Notification by the receiving State that it refuses to recognise a person as a member of the mission "
        "(VCDR 9(2), 43(b)), or that it has ceased to consider him a member of the consular staff (VCCR 23(2), "
        "25(c)).",
        {},
    ),
    # ------------------------------------------------ departure (art. 26)
    "departure_facilities_request": (
        "A person about to leave the receiving State asked for facilities or means of transport to leave "
        "(VCDR 44; VCCR 26).",
        attrs(
            ("prohibited_export_property_only", "bool",
             "The means of transport were asked for property acquired in the receiving State whose export was "
             "prohibited at the time of departure, and for nothing else (VCCR 26)."),
        ),
    ),
    # ------------------------------------------------ severance and closure (art. 27)
    "closure_of_post": (
        "Temporary or permanent closure of a consular post (VCCR 27(2)). `subject`: the post.",
        attrs(
            ("diplomatic_mission_present", "bool",
             "The sending State was represented in the receiving State by a diplomatic mission (VCCR 27(2))."),
            ("other_post_present", "bool",
             "The sending State had another consular post in the receiving State (VCCR 27(2))."),
        ),
    ),
    "protection_entrusted": (
        "The sending State entrusted the custody of its mission's or closed post's premises, property and "
        "archives, or the protection of its interests and those of its nationals, to a third State, or (VCCR "
        "27(2)(a)) the custody of a closed post's premises to another of its consular posts (VCDR 45(b), (c); "
        "VCCR 27).",
        attrs(
            ("custodian_post", "ref:post",
             "Another consular post of the sending State entrusted with the custody (VCCR 27(2)(a))."),
            ("consular_functions_entrusted", "bool",
             "The exercise of consular functions in the district of the closed post was entrusted as well "
             "(VCCR 27(2)(a))."),
            ("receiving_state_consent", "bool",
             "The receiving State consented to the exercise of consular functions in the district of the closed "
             "post by the custodian post (VCCR 27(2)(a))."),
        ),
    ),
    # ------------------------------------------------ facilities and premises (arts. 28-32)
    "obstruction_of_functions": ("", attrs(
        ("post", "ref:post", "The consular post obstructed (VCCR 5, 28)."),
    )),
    "flag_interference": (
        "Agents of a State removed, or prohibited or prevented the use of, the sending State's national flag, "
        "coat-of-arms or emblem (VCDR 20, VCCR 29). `subject`: the building, residence or means of transport "
        "it was flown or displayed on.",
        attrs(
            ("official_business", "bool",
             "The means of transport was being used on official business (VCCR 29(2))."),
            ("local_rules_disregarded", "bool",
             "The flag or coat-of-arms was used without regard to the laws, regulations and usages of the "
             "receiving State (VCCR 29(3))."),
        ),
    ),
    "request_for_premises": (
        "The sending State, its mission or its consular post sought premises for the mission or post, or "
        "accommodation for its members (VCDR 21; VCCR 30). `subject`: the consular post, for VCCR 30.",
        {},
    ),
    "expropriation": (
        "Expropriation by the receiving State of consular premises, their furnishings, the property of the post "
        "or its means of transport (VCCR 31(4)). `subject`: the place or thing.",
        attrs(
            ("steps_to_avoid_impeding", "bool",
             "All possible steps were taken to avoid impeding the performance of consular functions "
             "(VCCR 31(4))."),
            ("compensation_paid", "bool",
             "Prompt, adequate and effective compensation was paid to the sending State (VCCR 31(4))."),
        ),
    ),
    "seizure": ("", attrs(
        ("form", "enum", "The form of the measure (VCCR 31(4): requisition; VCDR 22(3)).",
         ("requisition", "attachment", "confiscation", "other")),
    )),
    # ------------------------------------------------ communication (art. 35)
    "communication_interference": (
        "Interception, jamming, blocking, censorship or cutting of the communications of a diplomatic mission or "
        "consular post (VCDR 27(1), (2); VCCR 35(1), (2)). `subject`: the correspondence, when a particular item "
        "is concerned.",
        attrs(
            ("post", "ref:post", "The consular post whose communications were interfered with (VCCR 35(1))."),
        ),
    ),
    "bag_delivery": (
        "A diplomatic or consular courier delivered the bag in his charge to the consignee (VCDR 27(6); "
        "VCCR 35(6)). `subject`: the courier.",
        {},
    ),
    "bag_handover_obstructed": (
        "A member of a mission or consular post was prevented from taking possession of a diplomatic or consular "
        "bag directly and freely from the captain of a ship or commercial aircraft (VCDR 27(7); VCCR 35(7)). "
        "`subject`: the member of the mission or post.",
        attrs(
            ("arranged_with_local_authorities", "bool",
             "The consular post had arranged with the appropriate local authorities to take possession of the "
             "bag (VCCR 35(7))."),
        ),
    ),
    # ------------------------------------------------ nationals of the sending State (arts. 36, 37)
    "information_obtained": (
        "The competent authorities of the receiving State obtained the relevant information about an earlier "
        "event (`concerning`): that the person arrested or detained was, or probably was, a national of the "
        "sending State (VCCR 36(1)(b); ICJ, Avena), or the information on a death, guardianship case, wreck or "
        "air accident that VCCR 37 requires them to pass on. 'Without delay' runs from then.",
        {},
    ),
    "communication_to_post": (
        "A person arrested, in prison, custody or detention addressed a communication to the consular post "
        "(VCCR 36(1)(b)). `concerning`: the arrest or detention; `subject`: the person.",
        {},
    ),
    "death": ("", attrs(
        ("information_available", "bool",
         "The relevant information (the death and the nationality) was available to the competent authorities "
         "when it occurred (VCCR 37)."),
    )),
    "guardianship_case": ("", attrs(
        ("information_available", "bool",
         "The relevant information (the case and the nationality) was available to the competent authorities "
         "when the case arose (VCCR 37)."),
    )),
    "wreck": ("", attrs(
        ("information_available", "bool",
         "The relevant information was available to the competent authorities when it occurred (VCCR 37)."),
        ("craft_of_sending_state", "bool",
         "The vessel has the nationality of the sending State, or the aircraft is registered in it "
         "(VCCR 37(c))."),
        ("in_receiving_state", "bool",
         "The vessel was wrecked or ran aground in the territorial sea or internal waters of the receiving "
         "State, or the aircraft accident happened on its territory (VCCR 37(c))."),
    )),
    # ------------------------------------------------ fees (art. 39)
    "interference_with_consular_fees": (
        "The receiving State prohibited, obstructed or penalised the levying by a consular post of fees and "
        "charges for consular acts (VCCR 39(1)). `subject`: the post.",
        attrs(
            ("provided_by_sending_state_law", "bool",
             "The fees and charges are those provided by the laws and regulations of the sending State for "
             "consular acts (VCCR 39(1))."),
        ),
    ),
}

EVENT_ATTRS: dict = {}

KIND_ATTRS: dict = {
    "person": attrs(
        ("courier_document", "bool",
         "The courier was provided with an official document indicating his status and the number of packages "
         "constituting the bag (VCCR 35(5), VCDR 27(5))."),
        ("courier_consent", "bool",
         "The receiving State consented to a national or permanent resident of it serving as consular courier "
         "(VCCR 35(5))."),
    ),
    "place": attrs(
        ("owner_or_lessee_on_behalf", "bool",
         "A person acting on behalf of the sending State is the owner or lessee of the premises (VCCR 32(1), "
         "VCDR 23(1))."),
    ),
}

ENUM_VALUES: dict = {
    # VCCR 30(1): the premises of a consular post (the value mission_premises names a mission's)
    ("event:request_for_premises", "purpose"): ("consular_premises",),
}

STANDARDS: dict = {
    "sufficient_time": ("duration", "'in sufficient time' for the receiving State to exercise its rights under "
                        "VCCR 23(3) (VCCR 19(2)); decided on the notification"),
    "necessary_time": ("duration", "'the necessary time' to prepare the departure and leave (VCCR 26); decided "
                       "on the declaration"),
}
