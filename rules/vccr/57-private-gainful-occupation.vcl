# VCCR Article 57: Special provisions concerning private gainful occupation,
# and who enjoys the privileges and immunities of Chapter II, section II.
#
# 57(1) is a duty of the career consular officer. 57(2) withholds the
# privileges and immunities of Chapter II from members of the post, their
# families and private staff engaged in private gainful occupation: it is
# encoded as definitions, which the rules of arts. 41-56 use through
# privileged_member_of_post, privileged_family_member and
# privileged_private_staff.
#
# Who else is outside Chapter II, section II (and where that is decided):
# honorary consular officers and the staff of posts they head (art. 1(2);
# Chapter III, arts. 58-68, rules vccr.58 to vccr.67); members of the post
# who are nationals or permanent residents of the receiving State, and their
# families (art. 71: only the immunities it lists, or what the receiving
# State grants).

define career_headed_post(x) "Consular post headed by a career consular officer"
  means x.headed_by = career
        or (x.headed_by is unknown and x.head.status = consular_officer and x.head.category = career)
  note "VCCR 1(2): Chapter II applies to consular posts headed by career consular officers; Chapter III governs those headed by honorary consular officers. Decided by the post's headed_by, or by the category of its head."
end

define chapter_ii_member(p) "Member of a consular post governed by Chapter II"
  means (p.status = consular_officer and p.category = career)
        or (p.status in {consular_employee, consular_service_staff} and career_headed_post(p.post))
  note "A career consular officer, or a consular employee or member of the service staff of a post headed by a career consular officer (VCCR 1(2)). The status is tested first, so that a person who is plainly not a member of a post (a private national, a diplomat) is outside the rules rather than undetermined."
end

# ---------------------------------------------------------------- Article 57(2)
# "Privileges and immunities provided in this Chapter shall not be accorded:
#  (a) to consular employees or to members of the service staff who carry on
#      any private gainful occupation in the receiving State;
#  (b) to members of the family of a person referred to in subparagraph (a)
#      of this paragraph or to members of his private staff;
#  (c) to members of the family of a member of a consular post who themselves
#      carry on any private gainful occupation in the receiving State."

define gainfully_occupied_staff(p) "Consular employee or member of the service staff carrying on a private gainful occupation"
  cites VCCR 57(2)(a), VCCR 57(2)
  text "Privileges and immunities provided in this Chapter shall not be accorded:"
  text "to consular employees or to members of the service staff who carry on any private gainful occupation in the receiving State;"
  means p.status in {consular_employee, consular_service_staff} and p.private_gainful_occupation = true
  note "Withholds every privilege and immunity of Chapter II, including the immunity for official acts of art. 43 (a Chapter II article)."
end

define household_of_gainfully_occupied_staff(p) "Family member or private staff of such an employee or member of the service staff"
  cites VCCR 57(2)(b), VCCR 57(2)
  text "to members of the family of a person referred to in subparagraph (a) of this paragraph or to members of his private staff;"
  means (p.status = family_member and gainfully_occupied_staff(p.family_of))
        or (p.status = private_staff and gainfully_occupied_staff(p.employer))
end

define gainfully_occupied_family_member(p) "Family member who himself carries on a private gainful occupation"
  cites VCCR 57(2)(c), VCCR 57(2)
  text "to members of the family of a member of a consular post who themselves carry on any private gainful occupation in the receiving State."
  means p.status = family_member and p.private_gainful_occupation = true
end

# ------------------------------------------------------------ who enjoys Chapter II

define privileged_member_of_post(p) "Member of the post enjoying the privileges and immunities of Chapter II, section II"
  cites VCCR 57(2)(a)
  means chapter_ii_member(p)
        and not national_or_resident_of_receiving_state(p)
        and not gainfully_occupied_staff(p)
  note "Not a national or permanent resident of the receiving State (art. 71: such a consular officer keeps only immunity and inviolability for official acts, art. 44(3) and art. 42; other such members only what the receiving State grants)."
end

define privileged_family_member(p) "Member of the family, forming part of the household, of a member of the post enjoying Chapter II"
  cites VCCR 57(2)(b), VCCR 57(2)(c)
  means p.status = family_member and p.part_of_household = true
        and privileged_member_of_post(p.family_of)
        and not national_or_resident_of_receiving_state(p)
        and not household_of_gainfully_occupied_staff(p)
        and not gainfully_occupied_family_member(p)
  note "Art. 71(2): the family of a member who is a national or permanent resident of the receiving State, and family members who are themselves nationals or permanent residents, enjoy only what the receiving State grants. Art. 58(3): no privileges for the family of an honorary consular officer or of an employee at a post he heads (privileged_member_of_post requires a post governed by Chapter II)."
end

define privileged_private_staff(p) "Member of the private staff of a member of the post enjoying Chapter II"
  cites VCCR 57(2)(b)
  means member_of_private_staff(p)
        and privileged_member_of_post(p.employer)
        and not national_or_resident_of_receiving_state(p)
        and not household_of_gainfully_occupied_staff(p)
  note "The employer is the person's `employer`. Art. 71(2): private staff who are nationals or permanent residents of the receiving State enjoy only what it grants."
end

define privileged_member_at(p, e) "Member of the post enjoying Chapter II at the time of the event"
  means p.status in {consular_officer, consular_employee, consular_service_staff}
        and privileged_member_of_post(p) and consular_privileges_current(p, e)
end

define privileged_family_at(p, e) "Family member enjoying Chapter II at the time of the event"
  means privileged_family_member(p) and household_privileges_current(p, e)
end

define privileged_private_staff_at(p, e) "Member of the private staff enjoying Chapter II at the time of the event"
  means privileged_private_staff(p) and household_privileges_current(p, e)
end

define full_regime_officer(p) "Career consular officer who is not a national or permanent resident of the receiving State"
  means p.status = consular_officer and inviolable_consular_officer(p)
  note "The consular officer of arts. 40, 41, 44(1)-(2), 50(1)(b) and 50(3): a career officer (honorary officers: arts. 58(2), 63-67), not a national or permanent resident of the receiving State (art. 71(1))."
end

define full_regime_officer_at(p, e) "Such a career consular officer, with his privileges current at the time of the event"
  means full_regime_officer(p) and consular_privileges_current(p, e)
end

# ---------------------------------------------------------------- Article 57(1)
# "Career consular officers shall not carry on for personal profit any
#  professional or commercial activity in the receiving State."

rule vccr.57.1 "A career consular officer shall not carry on a professional or commercial activity for personal profit"
  cites VCCR 57(1)
  text "Career consular officers shall not carry on for personal profit any professional or commercial activity in the receiving State."
  duty on "the career consular officer"
  owed to receiving_state
  for each professional_or_commercial_activity as a
  applies when a.subject.status = consular_officer and a.subject.category = career
  violated when a.for_personal_profit = true
  note "An absolute prohibition for career officers, whatever their nationality. Honorary consular officers may carry on such activities (they then lose the exemption of art. 65); employees and service staff who carry on a private gainful occupation lose the privileges of Chapter II (art. 57(2)(a))."
  note "Activity on behalf of the sending State (e.g. promoting its trade, art. 5(b)) is not for personal profit."
end
