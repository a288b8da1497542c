# VCCR Article 48: Social security exemption
#
# Facts: social_security_demand (services_for_sending_state, employee,
# complied, voluntary_participation); the person's employer, sole_employ and
# other_social_security_cover. A demand on a person as insured has no
# `employee`; a demand on him as employer names the employee.

define covered_by_other_social_security(p) "Covered by the social security of the sending State or a third State"
  cites VCCR 48(2)(b)
  text "that they are covered by the social security provisions which are in force in the sending State or a third State."
  means p.other_social_security_cover = true
end

define social_security_exempt_private_staff(p) "Private staff to whom the exemption of art. 48(2) applies"
  cites VCCR 48(2)(a), VCCR 48(2)
  text "The exemption provided for in paragraph 1 of this Article shall apply also to members of the private staff who are in the sole employ of members of the consular post, on condition:"
  means p.status = private_staff and p.sole_employ = true
        and privileged_member_of_post(p.employer)
        and not household_of_gainfully_occupied_staff(p)
        and not national_or_resident_of_receiving_state(p)
        and covered_by_other_social_security(p)
end

# ---------------------------------------------------------------- Article 48(1)
# "Subject to the provisions of paragraph 3 of this Article, members of the
#  consular post with respect to services rendered by them for the sending
#  State, and members of their families forming part of their households,
#  shall be exempt from social security provisions which may be in force in
#  the receiving State."

rule vccr.48.1 "Exemption from social security for services to the sending State, and for the household"
  cites VCCR 48(1)
  text "members of the consular post with respect to services rendered by them for the sending State, and members of their families forming part of their households, shall be exempt from social security provisions which may be in force in the receiving State."
  duty on receiving_state
  owed to sending_state, "the member of the post or of his family"
  for each social_security_demand as d
  applies when d.by = receiving_state and d.employee is unknown
           and (privileged_member_at(d.subject, d) or privileged_family_at(d.subject, d))
  violated when d.subject.status = family_member or d.services_for_sending_state = true
  note "'Subject to paragraph 3': a member who employs persons outside the exemption still bears the employer's obligations (vccr.48.3). A member's private work outside his services for the sending State is not exempt."
end

# ---------------------------------------------------------------- Article 48(2)
# "The exemption provided for in paragraph 1 of this Article shall apply also
#  to members of the private staff who are in the sole employ of members of
#  the consular post, on condition:
#  (a) that they are not nationals of or permanently resident in the receiving
#      State; and
#  (b) that they are covered by the social security provisions which are in
#      force in the sending State or a third State."

rule vccr.48.2.a "Private staff in the sole employ of members: exempt if not local and covered elsewhere"
  cites VCCR 48(2)(a), VCCR 48(2)(b), VCCR 48(2)
  text "The exemption provided for in paragraph 1 of this Article shall apply also to members of the private staff who are in the sole employ of members of the consular post, on condition:"
  text "that they are not nationals of or permanently resident in the receiving State; and"
  duty on receiving_state
  owed to sending_state, "the member of the private staff"
  for each social_security_demand as d
  applies when d.by = receiving_state and d.employee is unknown
           and d.subject.status = private_staff and d.subject.sole_employ = true
           and privileged_member_of_post(d.subject.employer)
           and not household_of_gainfully_occupied_staff(d.subject)
           and household_privileges_current(d.subject, d)
  violated when not national_or_resident_of_receiving_state(d.subject)
            and covered_by_other_social_security(d.subject)
  note "Both conditions are cumulative: a member of the private staff who is a national or permanent resident of the receiving State, or who is not covered by the social security of the sending State or a third State, is not exempt (and his employer bears the employer's obligations, vccr.48.3)."
end

# ---------------------------------------------------------------- Article 48(3)
# "Members of the consular post who employ persons to whom the exemption
#  provided for in paragraph 2 of this Article does not apply shall observe
#  the obligations which the social security provisions of the receiving
#  State impose upon employers."

rule vccr.48.3 "Members employing persons outside the exemption observe the employer's social security obligations"
  cites VCCR 48(3)
  text "Members of the consular post who employ persons to whom the exemption provided for in paragraph 2 of this Article does not apply shall observe the obligations which the social security provisions of the receiving State impose upon employers."
  duty on "the member of the consular post who employs"
  owed to receiving_state
  for each social_security_demand as d
  applies when d.employee is known
           and d.subject.status in {consular_officer, consular_employee, consular_service_staff}
           and not social_security_exempt_private_staff(d.employee)
  violated when d.complied = false
  note "A duty of the member himself (the receiving State's remedies are limited by his immunities; a breach may be raised with the sending State)."
end

# ---------------------------------------------------------------- Article 48(4)
# "The exemption provided for in paragraphs 1 and 2 of this Article shall not
#  preclude voluntary participation in the social security system of the
#  receiving State, provided that such participation is permitted by that
#  State."

exception vccr.48.4 "Voluntary participation permitted by the receiving State"
  cites VCCR 48(4)
  text "The exemption provided for in paragraphs 1 and 2 of this Article shall not preclude voluntary participation in the social security system of the receiving State, provided that such participation is permitted by that State."
  to vccr.48.1
  gives compliant
  when d.voluntary_participation = true
end

exception vccr.48.4.private-staff "Voluntary participation permitted by the receiving State"
  cites VCCR 48(4)
  text "The exemption provided for in paragraphs 1 and 2 of this Article shall not preclude voluntary participation in the social security system of the receiving State, provided that such participation is permitted by that State."
  to vccr.48.2.a
  gives compliant
  when d.voluntary_participation = true
end
