"""Additions to the fact vocabulary for one area of the rule corpus (merged by vocabulary.py).

EVENT_TYPES: new event type -> (description, {attribute name: Attr})
EVENT_ATTRS: new attributes common to every event: {name: Attr}
KIND_ATTRS: new attributes of an entity kind: {"person"|"post"|"mission"|"place"|"thing"|"state": {name: Attr}}
ENUM_VALUES: extra values for an existing enum attribute: {("person", "status"): ("new_value",), ...}
  (use ("event", ATTR) for an event attribute, ("event:TYPE", ATTR) for a type's own attribute)
STANDARDS: new open-textured standards: {name: ("duration" | numeric attribute name, description)}
Write attributes with vocabulary-style tuples through ``attrs(...)``.

Area: VCCR arts. 58-73 (honorary consular officers and the posts they head;
consular functions of diplomatic missions; nationals and permanent residents
of the receiving State; non-discrimination). The facts are named for what
happened, not for one article, so that parallel provisions can use them
(``taxation`` and ``disturbance`` are also used by VCDR 22-23 rules). The
rules of this area also use facts that other areas declare:
``tax_levied``, ``customs_charge``, ``compulsory_service``, ``differential_treatment``,
``civil_proceedings``, ``measure_of_execution`` and ``undue_interference``
(vcdr_persons). This module is merged before vcdr_persons: an entry here for
one of its event types would create the type with this entry's description,
so ``_described`` reuses that area's own description (read, never changed).
"""

from vccheck.facts.vocab import vcdr_persons as _vcdr_persons
from vccheck.facts.vocabulary import Attr, attrs  # noqa: F401


def _described(event_type: str) -> str:
    """The description another area gives an event type this module adds attributes to."""
    return _vcdr_persons.EVENT_TYPES.get(event_type, ("", {}))[0]


ARTICLE_KINDS = ("coats_of_arms", "flags", "signboards", "seals_and_stamps", "books", "official_printed_matter",
                 "office_furniture", "office_equipment", "similar_article", "motor_vehicle", "personal_effects",
                 "other")

_RELATED = ("related_to_official_position", "bool",
            "The attack or threat was directed at the person by reason of his official position or functions "
            "(VCCR 64).")

EVENT_TYPES: dict = {
    # premises (VCCR 59; also 31(3), VCDR 22(2))
    "disturbance": ("Disturbance of the peace of premises or impairment of their dignity (a demonstration "
                    "blocking or besieging them, noise, insults, defacing of signs or flags).", attrs(
        ("protective_steps_taken", "bool", "The receiving State took the steps necessary to prevent or stop it."),
    )),
    # taxation of premises (VCCR 60; also 32, VCDR 23, 28); taxes on persons: `tax_levied` (vcdr_persons)
    "taxation": ("A due or tax levied or claimed by the receiving State (national, regional or municipal) on "
                 "premises, income or other property (subject: the place or person taxed).", attrs(
        ("payment_for_specific_services", "bool",
         "The charge represents payment for specific services rendered (VCCR 32(1), 60(1); VCDR 23(1))."),
        ("payable_by_contractor", "bool",
         "Under the receiving State's law the due is payable by the person who contracted with the sending State "
         "(e.g. the landlord) (VCCR 32(2), 60(2); VCDR 23(2))."),
    )),
    # registration of aliens (VCCR 65; also 46)
    "registration_requirement": ("The person was required, under the receiving State's laws on aliens, to "
                                 "register as an alien or to obtain a residence permit, or was penalised for not "
                                 "doing so (VCCR 46, 65).", {}),
    # consular bags between honorary posts (VCCR 58(4))
    "bag_dispatch": ("A consular bag was sent from one consular post to another (subject: the bag).", attrs(
        ("from_post", "ref:post", "The post that sent the bag."),
        ("to_post", "ref:post", "The post the bag was addressed to."),
        ("origin_state_consented", "bool",
         "The receiving State of the sending post consented to the exchange of bags (VCCR 58(4))."),
        ("destination_state_consented", "bool",
         "The receiving State of the addressee post consented to the exchange of bags (VCCR 58(4))."),
    )),
    # communication with the authorities (VCCR 70(3); also 38)
    "address_to_authorities": ("A consular officer, or a member of a diplomatic mission exercising consular "
                               "functions, addressed (or tried to address) authorities of the receiving State in "
                               "the exercise of consular functions (subject: that person) (VCCR 38, 70(3)).", attrs(
        ("authority_level", "enum", "Local authorities of the consular district, or central authorities.",
         ("local", "central")),
        ("within_consular_district", "bool", "The local authorities addressed are those of the consular district."),
        ("allowed_by_law_or_agreement", "bool",
         "Addressing the central authorities is allowed by the laws, regulations and usages of the receiving "
         "State or by the relevant international agreements (VCCR 38(b), 70(3)(b))."),
        ("refused", "bool", "The authorities refused to receive or deal with the communication."),
    )),
    # additions to event types declared elsewhere
    "customs_charge": (_described("customs_charge"), attrs(
        ("official_use_of_post", "bool", "The articles are for the official use of the consular post "
         "(VCCR 50(1)(a), 62)."),
        ("article_kind", "enum", "What the articles are (VCCR 62 lists coats-of-arms, flags, signboards, seals and "
         "stamps, books, official printed matter, office furniture, office equipment and similar articles).",
         ARTICLE_KINDS),
        ("supplied_by_sending_state", "bool", "Supplied by or at the instance of the sending State (VCCR 62)."),
        ("regulations_not_complied_with", "bool",
         "The refusal or charge rests on the failure to follow the receiving State's laws and regulations on the "
         "procedure for entry and exemption (VCCR 50(1), 62: 'in accordance with such laws and regulations as it "
         "may adopt'; VCDR 36(1))."),
    )),
    "differential_treatment": (_described("differential_treatment"), attrs(
        ("convention", "enum", "The Convention whose provision was applied: the VCCR (art. 72 governs) or the "
         "VCDR (art. 47 governs).", ("vccr", "vcdr")),
    )),
    "attack": ("", attrs(_RELATED)),
    "threat": ("", attrs(
        ("protective_steps_taken", "bool", "The receiving State took appropriate steps to prevent or stop it."),
        _RELATED,
    )),
    "access_denied": ("", attrs(
        ("sought_by", "ref:person",
         "The consular officer, or member of a diplomatic mission exercising consular functions, who sought the "
         "communication or access (VCCR 58(1), 70(1))."),
    )),
    "criminal_proceedings": ("", attrs(
        ("subject_in_custody", "bool",
         "The person was under arrest or detention while the proceedings were conducted (VCCR 63, 71(1))."),
    )),
}

EVENT_ATTRS: dict = {}

KIND_ATTRS: dict = {
    "person": attrs(
        ("assigned_consular_functions", "bool",
         "A member of a diplomatic mission assigned to its consular section or otherwise charged with the exercise "
         "of its consular functions (VCCR 70(2))."),
        ("consular_assignment_notified", "bool",
         "The person's name, as a member of the mission charged with consular functions, was notified to the "
         "Ministry for Foreign Affairs of the receiving State or the authority it designated (VCCR 70(2))."),
    ),
    "post": attrs(
        ("located_in", "ref:state", "The State in whose territory the post is established."),
    ),
    "place": attrs(
        ("sending_state_owner_or_lessee", "bool", "The sending State is the owner or lessee of the premises "
         "(VCCR 60(1); cf. 32(1) and VCDR 23(1), which add a person acting on its behalf)."),
    ),
}

ENUM_VALUES: dict = {
    ("event:notification", "recipient"): ("foreign_ministry",),
}

STANDARDS: dict = {}
