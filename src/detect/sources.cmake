# PII validators (issue 3). Included by the root CMakeLists.txt; paths are relative to it.
set(LEAKSCOPE_DETECT_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/types.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/validate.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/v_common.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/v_contact.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/v_national_id.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/v_financial.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/v_business.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/v_credentials.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/v_datetime.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/v_network.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/v_identity.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/firstnames.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/classify.c
  ${CMAKE_CURRENT_SOURCE_DIR}/src/detect/frgeo.c
)
