# VCCR arts. 51 and 52: estate of a deceased member of the post or of his
# family; exemption from personal services and contributions.
#
# Facts: property_withdrawal_refused (subject: the deceased;
# export_prohibited_local_acquisition), tax_levied (subject: the deceased;
# tax_kind, present_solely_due_to_mission) and compulsory_service
# (service_kind). Honorary consular officers: art. 67 (vccr.67); their
# families enjoy nothing under the Convention (art. 58(3)).

define deceased_of_consular_post(p) "Member of the post, or of his household, enjoying Chapter II"
  cites VCCR 51(a), VCCR 51(b), VCCR 51
  text "In the event of the death of a member of the consular post or of a member of his family forming part of his household"
  means (p.status in {consular_officer, consular_employee, consular_service_staff} and privileged_member_of_post(p))
        or privileged_family_member(p)
  note "A member of the post or a family member enjoying Chapter II (not a national or permanent resident of the receiving State, art. 71(2); see 57-private-gainful-occupation.vcl)."
end

# ---------------------------------------------------------------- Article 51
# "In the event of the death of a member of the consular post or of a member
#  of his family forming part of his household, the receiving State:
#  (a) shall permit the export of the movable property of the deceased, with
#      the exception of any such property acquired in the receiving State the
#      export of which was prohibited at the time of his death;
#  (b) shall not levy national, regional or municipal estate, succession or
#      inheritance duties, and duties on transfers, on movable property the
#      presence of which in the receiving State was due solely to the presence
#      in that State of the deceased as a member of the consular post or as a
#      member of the family of a member of the consular post."

rule vccr.51.a "Export of the movable property of a deceased member or family member to be permitted"
  cites VCCR 51(a)
  text "shall permit the export of the movable property of the deceased, with the exception of any such property acquired in the receiving State the export of which was prohibited at the time of his death;"
  duty on receiving_state
  owed to sending_state, "the heirs of the deceased"
  for each property_withdrawal_refused as r
  applies when r.by = receiving_state and deceased_of_consular_post(r.subject)
  violated when true
end

exception vccr.51.a.export-prohibited "Property acquired in the receiving State whose export was prohibited at the time of death"
  cites VCCR 51(a)
  text "with the exception of any such property acquired in the receiving State the export of which was prohibited at the time of his death;"
  to vccr.51.a
  gives compliant
  when r.export_prohibited_local_acquisition = true
end

rule vccr.51.b "No estate, succession or inheritance duties on movable property present because of the post"
  cites VCCR 51(b)
  text "shall not levy national, regional or municipal estate, succession or inheritance duties, and duties on transfers, on movable property the presence of which in the receiving State was due solely to the presence in that State of the deceased as a member of the consular post or as a member of the family of a member of the consular post."
  duty on receiving_state
  owed to sending_state, "the heirs of the deceased"
  for each tax_levied as t
  applies when t.by = receiving_state and t.employee is unknown
           and (t.tax_kind = estate_succession_duty or (t.tax_kind = other and t.transfer_duty = true))
           and deceased_of_consular_post(t.subject)
  violated when t.present_solely_due_to_mission = true
  note "The tax is levied on the estate of the deceased (subject: the deceased). Movable property that is in the receiving State for another reason (an investment, an inheritance received there) may be taxed (art. 49(1)(c))."
end

# ---------------------------------------------------------------- Article 52
# "The receiving State shall exempt members of the consular post and members
#  of their families forming part of their households from all personal
#  services, from all public service of any kind whatsoever, and from
#  military obligations such as those connected with requisitioning, military
#  contributions and billeting."

rule vccr.52 "Exemption from personal services, public service and military obligations"
  cites VCCR 52
  text "The receiving State shall exempt members of the consular post and members of their families forming part of their households from all personal services, from all public service of any kind whatsoever, and from military obligations such as those connected with requisitioning, military contributions and billeting."
  duty on receiving_state
  owed to sending_state, "the member of the post or of his family"
  for each compulsory_service as s
  applies when s.by = receiving_state
           and (privileged_member_at(s.subject, s) or privileged_family_at(s.subject, s))
  violated when true
  note "Every member of the post (service staff included) and the household: jury or other public service, military service, requisitioning of their property, billeting. Not members who are nationals or permanent residents of the receiving State (art. 71(2))."
end
