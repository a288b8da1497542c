# VCCR definitions: who is who (VCCR art. 1, art. 71).
#
# Each concept is defined once, with the provision that defines it, and
# used by the rules as a call: consular_officer(e.subject). Parameters are
# persons, places or things of the incident file; the attributes they read
# (status, category, head_of_post, nationality, ...) are the fact
# vocabulary (see `vccheck schema`).

# ------------------------------------------------------------ VCCR art. 1(1)

define consular_post(x) "Consular post"
  cites VCCR 1(1)(a)
  text "\"consular post\" means any consulate-general, consulate, vice-consulate or consular agency;"
  means x.kind in {consulate_general, consulate, vice_consulate, consular_agency}
end

define head_of_consular_post(p) "Head of consular post"
  cites VCCR 1(1)(c)
  text "\"head of consular post\" means the person charged with the duty of acting in that capacity;"
  means p.head_of_post = true
end

define consular_officer(p) "Consular officer (including the head of post)"
  cites VCCR 1(1)(d)
  text "\"consular officer\" means any person, including the head of a consular post, entrusted in that capacity with the exercise of consular functions;"
  means p.status = consular_officer or head_of_consular_post(p)
  note "The head of a consular post is a consular officer (VCCR 1(1)(d)), whatever the status given."
end

define consular_employee(p) "Consular employee"
  cites VCCR 1(1)(e)
  text "\"consular employee\" means any person employed in the administrative or technical service of a consular post;"
  means p.status = consular_employee
end

define member_of_service_staff(p) "Member of the service staff"
  cites VCCR 1(1)(f)
  text "\"member of the service staff\" means any person employed in the domestic service of a consular post;"
  means p.status = consular_service_staff
end

define member_of_consular_post(p) "Member of the consular post"
  cites VCCR 1(1)(g)
  text "\"members of the consular post\" means consular officers, consular employees and members of the service staff;"
  means consular_officer(p) or consular_employee(p) or member_of_service_staff(p)
end

define member_of_consular_staff(p) "Member of the consular staff (not the head of post)"
  cites VCCR 1(1)(h)
  text "\"members of the consular staff\" means consular officers, other than the head of a consular post, consular employees and members of the service staff;"
  means member_of_consular_post(p) and not head_of_consular_post(p)
  note "The head of post is excluded: VCCR 42 treats an arrest of the head separately (notification to the sending State)."
end

define member_of_private_staff(p) "Member of the private staff"
  cites VCCR 1(1)(i)
  text "\"member of the private staff\" means a person who is employed exclusively in the private service of a member of the consular post;"
  means p.status = private_staff
end

define consular_premises(x) "Consular premises"
  cites VCCR 1(1)(j)
  text "\"consular premises\" means the buildings or parts of buildings and the land ancillary thereto, irrespective of ownership, used exclusively for the purposes of the consular post;"
  means x.kind = consular_premises
end

define consular_archives(x) "Consular archives"
  cites VCCR 1(1)(k)
  text "\"consular archives\" includes all the papers, documents, correspondence, books, films, tapes and registers of the consular post"
  means x.kind = consular_archives
end

# ------------------------------------------------------------ VCCR art. 1(2)

define career_consular_officer(p) "Career consular officer"
  cites VCCR 1(2)
  text "Consular officers are of two categories, namely career consular officers and honorary consular officers."
  means consular_officer(p) and p.category = career
end

define honorary_consular_officer(p) "Honorary consular officer"
  cites VCCR 1(2)
  text "Consular officers are of two categories, namely career consular officers and honorary consular officers."
  means consular_officer(p) and p.category = honorary
  note "Chapter III (arts. 58-68) governs posts headed by honorary consular officers; they have no personal inviolability under art. 41."
end

# ------------------------------------------------------------ VCCR art. 71

define national_or_resident_of_receiving_state(p) "National or permanent resident of the receiving State"
  cites VCCR 71(1), VCCR 1(3)
  text "consular officers who are nationals of or permanently resident in the receiving State shall enjoy only immunity from jurisdiction and personal inviolability in respect of official acts performed in the exercise of their functions"
  means p.nationality = receiving_state or p.permanent_resident_of_receiving_state = true
  note "Unknown unless the incident states the person's nationality and, where it is not the receiving State's, whether the person is permanently resident there."
end

define inviolable_consular_officer(p) "Consular officer with the personal inviolability of art. 41"
  cites VCCR 41, VCCR 1(2), VCCR 71(1)
  note "Art. 41 is in Chapter II, section II (career consular officers); art. 71(1) limits the inviolability of officers who are nationals or permanent residents of the receiving State to official acts."
  means career_consular_officer(p) and not national_or_resident_of_receiving_state(p)
end
