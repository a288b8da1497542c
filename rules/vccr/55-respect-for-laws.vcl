# VCCR Article 55: Respect for the laws and regulations of the receiving State
#
# 55(1) binds every person enjoying privileges and immunities (honorary
# consular officers too, art. 58(2)); 55(2) and (3) govern the consular
# premises of every post, career or honorary (art. 58(1)). Facts: a conduct
# event (unlawful, interference_in_internal_affairs) and a premises_use
# event (subject: the place; incompatible_with_functions,
# other_institution_offices, separate_from_post).

define person_bound_by_article_55_1(p) "Person enjoying privileges and immunities under the Convention"
  cites VCCR 55(1)
  text "it is the duty of all persons enjoying such privileges and immunities"
  means p.status in {consular_officer, consular_employee, consular_service_staff}
        or privileged_family_member(p) or privileged_private_staff(p)
  note "Every member of the post (honorary consular officers: art. 58(2); members who are nationals of the receiving State enjoy at least some immunity, art. 71), and the family members and private staff who enjoy privileges. The status is tested first, so that the conduct of a private national is outside the rule."
end

# ---------------------------------------------------------------- Article 55(1)

rule vccr.55.1 "Duty to respect the laws and regulations of the receiving State"
  cites VCCR 55(1)
  text "Without prejudice to their privileges and immunities, it is the duty of all persons enjoying such privileges and immunities to respect the laws and regulations of the receiving State."
  duty on "the person enjoying privileges and immunities"
  owed to receiving_state
  for each conduct as c
  applies when person_bound_by_article_55_1(c.subject)
  violated when c.unlawful = true
  note "A breach does not lift the immunities ('without prejudice'): the remedy is a persona non grata declaration (23) or a request for waiver (45), not arrest in breach of art. 41."
end

rule vccr.55.1.internal-affairs "Duty not to interfere in the internal affairs of the receiving State"
  cites VCCR 55(1)
  text "They also have a duty not to interfere in the internal affairs of that State."
  duty on "the person enjoying privileges and immunities"
  owed to receiving_state
  for each conduct as c
  applies when person_bound_by_article_55_1(c.subject)
  violated when c.interference_in_internal_affairs = true
end

# ---------------------------------------------------------------- Article 55(2)

rule vccr.55.2 "Consular premises not to be used in any manner incompatible with consular functions"
  cites VCCR 55(2)
  text "The consular premises shall not be used in any manner incompatible with the exercise of consular functions."
  duty on sending_state
  owed to receiving_state
  for each premises_use as u
  applies when consular_premises(u.subject)
  violated when u.incompatible_with_functions = true or u.other_institution_offices = true
  authority "UN Human Rights Council, Annex to the Report of the Special Rapporteur on extrajudicial, summary or arbitrary executions: Investigation into the unlawful death of Mr. Jamal Khashoggi, UN Doc. A/HRC/41/CRP.1, 19 June 2019 (the killing in the Consulate-General of Saudi Arabia in Istanbul)"
  note "E.g. detaining, harming or killing a person there, using the premises for intelligence operations or for purposes of another body. The breach does not lift the inviolability of the premises (art. 31): the receiving State's remedies are diplomatic (protest, art. 23, closure of the post)."
  note "Offices of other institutions or agencies may share the building only in separate premises (exception vccr.55.3)."
end

# ---------------------------------------------------------------- Article 55(3)

exception vccr.55.3 "Offices of other institutions in separate premises of the same building"
  cites VCCR 55(3)
  text "The provisions of paragraph 2 of this Article shall not exclude the possibility of offices of other institutions or agencies being installed in part of the building in which the consular premises are situated, provided that the premises assigned to them are separate from those used by the consular post."
  to vccr.55.2
  gives compliant
  when u.other_institution_offices = true and u.separate_from_post = true
       and u.incompatible_with_functions = false
  note "Those offices are then not part of the consular premises for the purposes of the Convention (second sentence): they do not share the inviolability of art. 31."
end
