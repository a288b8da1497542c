# VCCR arts. 46 and 47: exemption from registration of aliens, residence
# permits and work permits.
#
# Facts: registration_requirement (the person was required to register as an
# alien or to obtain a residence permit, or penalised for not doing so) and
# work_permit_requirement (services_for_sending_state). Who: see
# 57-private-gainful-occupation.vcl (Chapter II, arts. 57(2), 71) and, for
# the time, 53-duration-of-privileges.vcl. Honorary consular officers:
# art. 65 (vccr.65).

define temporary_or_occupied_employee(p) "Consular employee not a permanent employee of the sending State, or carrying on a private gainful occupation"
  cites VCCR 46(2)
  means p.status = consular_employee
        and (p.permanent_employee_of_sending_state = false or p.private_gainful_occupation = true)
end

# ---------------------------------------------------------------- Article 46(1)
# "Consular officers and consular employees and members of their families
#  forming part of their households shall be exempt from all obligations
#  under the laws and regulations of the receiving State in regard to the
#  registration of aliens and residence permits."

rule vccr.46.1 "Exemption from registration of aliens and residence permits"
  cites VCCR 46(1)
  text "Consular officers and consular employees and members of their families forming part of their households shall be exempt from all obligations under the laws and regulations of the receiving State in regard to the registration of aliens and residence permits."
  duty on receiving_state
  owed to sending_state, "the member of the post or of his family"
  for each registration_requirement as r
  applies when r.by = receiving_state
           and ((r.subject.status in {consular_officer, consular_employee} and privileged_member_at(r.subject, r))
                or (privileged_family_at(r.subject, r)
                    and r.subject.family_of.status in {consular_officer, consular_employee}))
  violated when true
  note "Members of the service staff are not exempt under art. 46. The receiving State may still require the notifications of art. 24 (appointment, arrival, departure), which are not registration of aliens."
end

# ---------------------------------------------------------------- Article 46(2)
# "The provisions of paragraph 1 of this Article shall not, however, apply to
#  any consular employee who is not a permanent employee of the sending State
#  or who carries on any private gainful occupation in the receiving State or
#  to any member of the family of any such employee."

exception vccr.46.2 "Employee not a permanent employee of the sending State, or in private gainful occupation, and his family"
  cites VCCR 46(2)
  text "The provisions of paragraph 1 of this Article shall not, however, apply to any consular employee who is not a permanent employee of the sending State or who carries on any private gainful occupation in the receiving State or to any member of the family of any such employee."
  to vccr.46.1
  gives not_applicable
  when temporary_or_occupied_employee(r.subject)
       or (r.subject.status = family_member and temporary_or_occupied_employee(r.subject.family_of))
  note "An employee in private gainful occupation has already lost every privilege of Chapter II (art. 57(2)(a)); this paragraph adds the employee who is not a permanent employee of the sending State (e.g. engaged locally for a fixed term)."
end

# ---------------------------------------------------------------- Article 47(1)
# "Members of the consular post shall, with respect to services rendered for
#  the sending State, be exempt from any obligations in regard to work permits
#  imposed by the laws and regulations of the receiving State concerning the
#  employment of foreign labour."

rule vccr.47.1 "Exemption from work permits for services rendered for the sending State"
  cites VCCR 47(1)
  text "Members of the consular post shall, with respect to services rendered for the sending State, be exempt from any obligations in regard to work permits imposed by the laws and regulations of the receiving State concerning the employment of foreign labour."
  duty on receiving_state
  owed to sending_state, "the member of the consular post"
  for each work_permit_requirement as w
  applies when w.by = receiving_state and privileged_member_at(w.subject, w)
  violated when w.services_for_sending_state = true
  note "Only for services rendered for the sending State: a work permit for other work may be required (and a consular employee or member of the service staff who takes private gainful occupation loses the privileges of Chapter II, art. 57(2)(a))."
end

# ---------------------------------------------------------------- Article 47(2)
# "Members of the private staff of consular officers and of consular employees
#  shall, if they do not carry on any other gainful occupation in the receiving
#  State, be exempt from the obligations referred to in paragraph 1 of this
#  Article."

rule vccr.47.2 "Private staff of officers and employees exempt from work permits, unless in other gainful occupation"
  cites VCCR 47(2)
  text "Members of the private staff of consular officers and of consular employees shall, if they do not carry on any other gainful occupation in the receiving State, be exempt from the obligations referred to in paragraph 1 of this Article."
  duty on receiving_state
  owed to sending_state, "the member of the private staff"
  for each work_permit_requirement as w
  applies when w.by = receiving_state and privileged_private_staff_at(w.subject, w)
           and w.subject.employer.status in {consular_officer, consular_employee}
  violated when w.subject.private_gainful_occupation = false
  note "The person's private_gainful_occupation states whether he carries on a gainful occupation other than his service with the member of the post."
end
