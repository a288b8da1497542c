"""Additions to the fact vocabulary for one area of the rule corpus (merged by vocabulary.py).

EVENT_TYPES: new event type -> (description, {attribute name: Attr})
EVENT_ATTRS: new attributes common to every event: {name: Attr}
KIND_ATTRS: new attributes of an entity kind: {"person"|"post"|"mission"|"place"|"thing"|"state": {name: Attr}}
ENUM_VALUES: extra values for an existing enum attribute: {("person", "status"): ("new_value",), ...}
  (use ("event", ATTR) for an event attribute, ("event:TYPE", ATTR) for a type's own attribute)
STANDARDS: new open-textured standards: {name: ("duration" | numeric attribute name, description)}
Write attributes with vocabulary-style tuples through ``attrs(...)``.

Area: VCCR arts. 40-57 (career consular officers and the other members of a
consular post: protection, inviolability, immunity, evidence, waiver,
exemptions, duration of privileges, third States, duties of the members).

Most facts these articles need are shared with the VCDR and were added by
other areas; the rules reuse them: ``civil_proceedings``,
``measure_of_execution``, ``tax_levied``, ``customs_charge``,
``social_security_demand``, ``compulsory_service``, ``premises_use``,
``professional_or_commercial_activity``, ``property_withdrawal_refused``,
``waiver.covers`` and the person's ``employer``, ``sole_employ`` and
``other_social_security_cover`` (vcdr_persons); ``registration_requirement``
(vccr_honorary); the event attributes ``in_transit``,
``visa_granted_if_needed`` and ``force_majeure`` (vcdr_persons).

vocabulary.py merges the areas one after the other, and vcdr_persons comes
after this module: an attribute added here to one of its event types would
otherwise create the type with an empty description, which would then win.
``_described`` keeps that area's own description (read, never changed).
"""

from vccheck.facts.vocab import vcdr_persons as _vcdr_persons
from vccheck.facts.vocabulary import Attr, attrs  # noqa: F401


def _described(event_type: str) -> str:
    """The description another area gives an event type this module adds attributes to."""
    return _vcdr_persons.EVENT_TYPES.get(event_type, ("", {}))[0]


_PROPORTIONATE = (
    "proportionate", "bool",
    "The restraint or force was no more than necessary to carry out a lawful arrest, detention or "
    "imprisonment (VCCR 40: due respect).",
)

EVENT_TYPES: dict = {
    # ------------------------------------------------ new event types
    "work_permit_requirement": (
        "The person was required, under the receiving State's laws on the employment of foreign labour, to "
        "obtain a work permit (or was penalised for not having one) (VCCR 47).",
        attrs(
            ("services_for_sending_state", "bool",
             "The work concerned is services rendered for the sending State (VCCR 47(1))."),
        ),
    ),
    "vehicle_accident": (
        "An accident in the receiving State caused by a vehicle, vessel or aircraft (subject: the person using "
        "it) (VCCR 43(2)(b), 56).",
        attrs(
            ("insurance_requirements_met", "bool",
             "The person using the vehicle, vessel or aircraft complied with the receiving State's requirements "
             "of insurance against third-party risks (VCCR 56)."),
        ),
    ),
    # ------------------------------------------------ attributes added to existing event types
    "physical_restraint": ("", attrs(_PROPORTIONATE)),
    "use_of_force": ("", attrs(_PROPORTIONATE)),
    "summons_as_witness": ("", attrs(
        ("interfered_with_functions", "bool",
         "Taking the evidence interfered with the performance of the consular officer's functions "
         "(VCCR 44(2))."),
        ("expert_on_sending_state_law", "bool",
         "The person was asked to give evidence as an expert witness on the law of the sending State "
         "(VCCR 44(3))."),
    )),
    "civil_proceedings": (_described("civil_proceedings"), attrs(
        ("contracted_as_agent", "bool",
         "For an action arising out of a contract concluded by the person: he contracted, expressly or "
         "impliedly, as an agent of the sending State (VCCR 43(2)(a))."),
    )),
    "customs_charge": (_described("customs_charge"), attrs(
        ("exceeds_quantities_for_direct_use", "bool",
         "Articles intended for consumption exceeded the quantities necessary for direct utilization by the "
         "persons concerned (VCCR 50(1)(b))."),
    )),
    "tax_levied": (_described("tax_levied"), attrs(
        ("transfer_duty", "bool",
         "For a tax recorded with tax_kind: other: a duty on a transfer of property (VCCR 49(1)(c))."),
        ("registration_or_stamp_duty", "bool",
         "For a tax recorded with tax_kind: other: a registration, court or record fee, a mortgage due or a "
         "stamp duty (VCCR 49(1)(f))."),
        ("employee", "ref:person",
         "When the obligation is laid on the person as employer (levying income tax on wages): the person "
         "employed (VCCR 49(3))."),
        ("complied", "bool", "The person met the obligation laid on him as employer (VCCR 49(3))."),
    )),
    "premises_use": (_described("premises_use"), attrs(
        ("other_institution_offices", "bool",
         "Offices of other institutions or agencies are installed in the building in which the consular "
         "premises are situated (VCCR 55(3))."),
        ("separate_from_post", "bool",
         "The premises assigned to those offices are separate from those used by the consular post "
         "(VCCR 55(3))."),
    )),
}

EVENT_ATTRS: dict = attrs(
    ("under_waiver", "ref:event",
     "The waiver (a waiver event) under which the receiving State took this measure: an arrest, proceedings, a "
     "summons or a measure of execution relying on the sending State's waiver of the immunity (VCCR 45). Not "
     "stated: the measure relied on no waiver."),
)

KIND_ATTRS: dict = {
    "person": attrs(
        ("permanent_employee_of_sending_state", "bool",
         "For a consular employee: a permanent employee of the sending State (VCCR 46(2))."),
    ),
}

ENUM_VALUES: dict = {}

STANDARDS: dict = {}
